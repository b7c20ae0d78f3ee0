"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .an_object_of_date_based_pagination_information import AnObjectOfDateBasedPaginationInformation
    from .an_object_of_date_based_pagination_information_date_cursor import (
        AnObjectOfDateBasedPaginationInformationDateCursor,
    )
    from .an_object_of_date_based_pagination_information_date_cursor_current import (
        AnObjectOfDateBasedPaginationInformationDateCursorCurrent,
    )
    from .an_object_of_date_based_pagination_information_date_cursor_next import (
        AnObjectOfDateBasedPaginationInformationDateCursorNext,
    )
    from .an_object_of_date_based_pagination_information_date_cursor_previous import (
        AnObjectOfDateBasedPaginationInformationDateCursorPrevious,
    )
    from .analytics_report_overall_chart_daily_row import AnalyticsReportOverallChartDailyRow
    from .analytics_report_overall_chart_scalar_item import AnalyticsReportOverallChartScalarItem
    from .analytics_report_overall_stats import AnalyticsReportOverallStats
    from .appointment import Appointment
    from .appointment_client_type_0 import AppointmentClientType0
    from .appointment_client_type_0_client_tags_item import AppointmentClientType0ClientTagsItem
    from .appointment_client_type_0_custom_fields_item import AppointmentClientType0CustomFieldsItem
    from .appointment_consumables_item import AppointmentConsumablesItem
    from .appointment_custom_fields_type_0 import AppointmentCustomFieldsType0
    from .appointment_documents_item import AppointmentDocumentsItem
    from .appointment_finance_transactions_item import AppointmentFinanceTransactionsItem
    from .appointment_goods_transactions_item import AppointmentGoodsTransactionsItem
    from .appointment_list_response import AppointmentListResponse
    from .appointment_list_response_meta import AppointmentListResponseMeta
    from .appointment_record_labels_item import AppointmentRecordLabelsItem
    from .appointment_request import AppointmentRequest
    from .appointment_request_client import AppointmentRequestClient
    from .appointment_request_custom_fields import AppointmentRequestCustomFields
    from .appointment_request_services_item import AppointmentRequestServicesItem
    from .appointment_response import AppointmentResponse
    from .appointment_response_data import AppointmentResponseData
    from .appointment_response_data_client_type_0 import AppointmentResponseDataClientType0
    from .appointment_response_data_client_type_0_client_tags_item import (
        AppointmentResponseDataClientType0ClientTagsItem,
    )
    from .appointment_response_data_client_type_0_custom_fields_item import (
        AppointmentResponseDataClientType0CustomFieldsItem,
    )
    from .appointment_response_data_comer_person_info_type_0 import AppointmentResponseDataComerPersonInfoType0
    from .appointment_response_data_consumables_item import AppointmentResponseDataConsumablesItem
    from .appointment_response_data_custom_fields_type_0 import AppointmentResponseDataCustomFieldsType0
    from .appointment_response_data_documents_item import AppointmentResponseDataDocumentsItem
    from .appointment_response_data_finance_transactions_item import AppointmentResponseDataFinanceTransactionsItem
    from .appointment_response_data_finance_transactions_item_account import (
        AppointmentResponseDataFinanceTransactionsItemAccount,
    )
    from .appointment_response_data_finance_transactions_item_client import (
        AppointmentResponseDataFinanceTransactionsItemClient,
    )
    from .appointment_response_data_finance_transactions_item_expense import (
        AppointmentResponseDataFinanceTransactionsItemExpense,
    )
    from .appointment_response_data_finance_transactions_item_master_item import (
        AppointmentResponseDataFinanceTransactionsItemMasterItem,
    )
    from .appointment_response_data_finance_transactions_item_supplier_item import (
        AppointmentResponseDataFinanceTransactionsItemSupplierItem,
    )
    from .appointment_response_data_goods_transactions_item import AppointmentResponseDataGoodsTransactionsItem
    from .appointment_response_data_record_labels_item import AppointmentResponseDataRecordLabelsItem
    from .appointment_response_data_services_item import AppointmentResponseDataServicesItem
    from .appointment_response_data_services_item_assistants_type_0_item import (
        AppointmentResponseDataServicesItemAssistantsType0Item,
    )
    from .appointment_response_data_services_item_company_service_link import (
        AppointmentResponseDataServicesItemCompanyServiceLink,
    )
    from .appointment_response_data_services_item_staff_service_link import (
        AppointmentResponseDataServicesItemStaffServiceLink,
    )
    from .appointment_response_data_staff import AppointmentResponseDataStaff
    from .appointment_response_data_staff_position import AppointmentResponseDataStaffPosition
    from .appointment_response_meta_type_0 import AppointmentResponseMetaType0
    from .appointment_services_item import AppointmentServicesItem
    from .appointment_services_item_assistants_type_0_item import AppointmentServicesItemAssistantsType0Item
    from .appointment_staff import AppointmentStaff
    from .appointment_staff_position import AppointmentStaffPosition
    from .assign_service_to_team_member_body import AssignServiceToTeamMemberBody
    from .assign_service_to_team_member_response_201 import AssignServiceToTeamMemberResponse201
    from .auth_request import AuthRequest
    from .auth_response import AuthResponse
    from .auth_response_meta import AuthResponseMeta
    from .auth_user import AuthUser
    from .booking_form_list_response_data_type import BookingFormListResponseDataType
    from .booking_form_list_response_data_type_meta import BookingFormListResponseDataTypeMeta
    from .booking_form_response_data_type import BookingFormResponseDataType
    from .booking_form_response_data_type_meta_type_0 import BookingFormResponseDataTypeMetaType0
    from .bulk_create_clients_body_item import BulkCreateClientsBodyItem
    from .bulk_create_clients_response_200 import BulkCreateClientsResponse200
    from .bulk_create_clients_response_200_data import BulkCreateClientsResponse200Data
    from .bulk_create_clients_response_200_data_created_item import BulkCreateClientsResponse200DataCreatedItem
    from .bulk_create_clients_response_200_data_created_item_categories_item import (
        BulkCreateClientsResponse200DataCreatedItemCategoriesItem,
    )
    from .bulk_create_clients_response_200_data_errors_item import BulkCreateClientsResponse200DataErrorsItem
    from .bulk_create_clients_response_200_meta_type_0 import BulkCreateClientsResponse200MetaType0
    from .card_withdrawal_request import CardWithdrawalRequest
    from .chain_gift_card_type import ChainGiftCardType
    from .chain_gift_card_type_item_type import ChainGiftCardTypeItemType
    from .chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
    from .chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration import ChainLoyaltyCertificateTypesCreateBodyExpiration
    from .chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_item_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_create_response_200 import ChainLoyaltyCertificateTypesCreateResponse200
    from .chain_loyalty_certificate_types_create_response_200_meta_type_0 import (
        ChainLoyaltyCertificateTypesCreateResponse200MetaType0,
    )
    from .chain_loyalty_certificate_types_delete_response_200 import ChainLoyaltyCertificateTypesDeleteResponse200
    from .chain_loyalty_certificate_types_delete_response_200_meta_type_0 import (
        ChainLoyaltyCertificateTypesDeleteResponse200MetaType0,
    )
    from .chain_loyalty_certificate_types_get_response_200 import ChainLoyaltyCertificateTypesGetResponse200
    from .chain_loyalty_certificate_types_get_response_200_meta_type_0 import (
        ChainLoyaltyCertificateTypesGetResponse200MetaType0,
    )
    from .chain_loyalty_certificate_types_list_response_200 import ChainLoyaltyCertificateTypesListResponse200
    from .chain_loyalty_certificate_types_list_response_200_meta import ChainLoyaltyCertificateTypesListResponse200Meta
    from .chain_loyalty_certificate_types_update_body import ChainLoyaltyCertificateTypesUpdateBody
    from .chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration import ChainLoyaltyCertificateTypesUpdateBodyExpiration
    from .chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_item_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_update_response_200 import ChainLoyaltyCertificateTypesUpdateResponse200
    from .chain_loyalty_certificate_types_update_response_200_meta_type_0 import (
        ChainLoyaltyCertificateTypesUpdateResponse200MetaType0,
    )
    from .chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
    from .chain_loyalty_membership_types_archive_body_is_archived import (
        ChainLoyaltyMembershipTypesArchiveBodyIsArchived,
    )
    from .chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
    from .chain_loyalty_membership_types_clone_response_200 import ChainLoyaltyMembershipTypesCloneResponse200
    from .chain_loyalty_membership_types_clone_response_200_meta_type_0 import (
        ChainLoyaltyMembershipTypesCloneResponse200MetaType0,
    )
    from .chain_loyalty_membership_types_clone_response_201 import ChainLoyaltyMembershipTypesCloneResponse201
    from .chain_loyalty_membership_types_clone_response_201_meta_type_0 import (
        ChainLoyaltyMembershipTypesCloneResponse201MetaType0,
    )
    from .chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
    from .chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_body_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_create_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_create_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_create_body_period_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
    )
    from .chain_loyalty_membership_types_create_body_services import ChainLoyaltyMembershipTypesCreateBodyServices
    from .chain_loyalty_membership_types_create_response_200 import ChainLoyaltyMembershipTypesCreateResponse200
    from .chain_loyalty_membership_types_create_response_200_meta_type_0 import (
        ChainLoyaltyMembershipTypesCreateResponse200MetaType0,
    )
    from .chain_loyalty_membership_types_create_response_201 import ChainLoyaltyMembershipTypesCreateResponse201
    from .chain_loyalty_membership_types_create_response_201_meta_type_0 import (
        ChainLoyaltyMembershipTypesCreateResponse201MetaType0,
    )
    from .chain_loyalty_membership_types_list_response_200 import ChainLoyaltyMembershipTypesListResponse200
    from .chain_loyalty_membership_types_list_response_200_meta import ChainLoyaltyMembershipTypesListResponse200Meta
    from .chain_loyalty_membership_types_read_response_200 import ChainLoyaltyMembershipTypesReadResponse200
    from .chain_loyalty_membership_types_read_response_200_meta_type_0 import (
        ChainLoyaltyMembershipTypesReadResponse200MetaType0,
    )
    from .chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
    from .chain_loyalty_membership_types_update_body import ChainLoyaltyMembershipTypesUpdateBody
    from .chain_loyalty_membership_types_update_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_update_body_availability_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_update_body_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_update_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_update_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_update_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_update_body_period_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_update_body_service_categories import (
        ChainLoyaltyMembershipTypesUpdateBodyServiceCategories,
    )
    from .chain_loyalty_membership_types_update_body_services import ChainLoyaltyMembershipTypesUpdateBodyServices
    from .chain_loyalty_membership_types_update_response_200 import ChainLoyaltyMembershipTypesUpdateResponse200
    from .chain_loyalty_membership_types_update_response_200_meta_type_0 import (
        ChainLoyaltyMembershipTypesUpdateResponse200MetaType0,
    )
    from .chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
    from .chain_loyalty_memberships_freeze_response_200 import ChainLoyaltyMembershipsFreezeResponse200
    from .chain_loyalty_memberships_freeze_response_200_data import ChainLoyaltyMembershipsFreezeResponse200Data
    from .chain_loyalty_memberships_freeze_response_200_meta_type_0 import (
        ChainLoyaltyMembershipsFreezeResponse200MetaType0,
    )
    from .chain_loyalty_memberships_set_balance_body import ChainLoyaltyMembershipsSetBalanceBody
    from .chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )
    from .chain_loyalty_memberships_set_period_body import ChainLoyaltyMembershipsSetPeriodBody
    from .chain_loyalty_memberships_set_period_body_period_unit_id import (
        ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
    )
    from .chain_loyalty_memberships_set_period_response_200 import ChainLoyaltyMembershipsSetPeriodResponse200
    from .chain_loyalty_memberships_set_period_response_200_data import ChainLoyaltyMembershipsSetPeriodResponse200Data
    from .chain_loyalty_memberships_set_period_response_200_meta_type_0 import (
        ChainLoyaltyMembershipsSetPeriodResponse200MetaType0,
    )
    from .chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
    from .chain_loyalty_memberships_unfreeze_response_200 import ChainLoyaltyMembershipsUnfreezeResponse200
    from .chain_loyalty_memberships_unfreeze_response_200_data import ChainLoyaltyMembershipsUnfreezeResponse200Data
    from .chain_loyalty_memberships_unfreeze_response_200_meta_type_0 import (
        ChainLoyaltyMembershipsUnfreezeResponse200MetaType0,
    )
    from .check_memberships_for_event_response_200 import CheckMembershipsForEventResponse200
    from .check_memberships_for_event_response_200_data import CheckMembershipsForEventResponse200Data
    from .check_memberships_for_event_response_200_data_attributes import (
        CheckMembershipsForEventResponse200DataAttributes,
    )
    from .client_file import ClientFile
    from .client_file_list_response import ClientFileListResponse
    from .client_file_list_response_meta import ClientFileListResponseMeta
    from .client_search_item import ClientSearchItem
    from .client_search_request import ClientSearchRequest
    from .client_search_request_filters_item import ClientSearchRequestFiltersItem
    from .client_search_request_filters_item_state import ClientSearchRequestFiltersItemState
    from .client_search_request_operation import ClientSearchRequestOperation
    from .client_search_request_order_by import ClientSearchRequestOrderBy
    from .client_search_response import ClientSearchResponse
    from .client_search_response_meta import ClientSearchResponseMeta
    from .comment_list_response import CommentListResponse
    from .comment_list_response_data_type_0 import CommentListResponseDataType0
    from .comment_list_response_data_type_1_item import CommentListResponseDataType1Item
    from .comment_list_response_meta_type_0 import CommentListResponseMetaType0
    from .company import Company
    from .company_analytics_overall_data_type import CompanyAnalyticsOverallDataType
    from .company_analytics_overall_data_type_meta_type_0 import CompanyAnalyticsOverallDataTypeMetaType0
    from .company_company_id_users_response_data_types import CompanyCompanyIdUsersResponseDataTypes
    from .company_company_id_users_response_data_types_data_item import CompanyCompanyIdUsersResponseDataTypesDataItem
    from .company_company_id_users_response_data_types_meta import CompanyCompanyIdUsersResponseDataTypesMeta
    from .company_companyid_service_categories_response_403_data_types import (
        CompanyCompanyidServiceCategoriesResponse403DataTypes,
    )
    from .company_companyid_service_categories_response_403_data_types_meta import (
        CompanyCompanyidServiceCategoriesResponse403DataTypesMeta,
    )
    from .company_companyid_service_categories_response_404_data_types import (
        CompanyCompanyidServiceCategoriesResponse404DataTypes,
    )
    from .company_companyid_service_categories_response_404_data_types_meta import (
        CompanyCompanyidServiceCategoriesResponse404DataTypesMeta,
    )
    from .company_companyid_service_categories_response_404_data_types_meta_errors_item import (
        CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem,
    )
    from .company_staff_position_list_data_type import CompanyStaffPositionListDataType
    from .company_staff_position_list_data_type_meta_type_0 import CompanyStaffPositionListDataTypeMetaType0
    from .consumables import Consumables
    from .consumables_consumables_item import ConsumablesConsumablesItem
    from .copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
    from .copy_user_permissions_to_locations_body_user_company_links_item import (
        CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    )
    from .create_chain_loyalty_card_transaction_body import CreateChainLoyaltyCardTransactionBody
    from .create_chain_loyalty_card_transaction_response_200 import CreateChainLoyaltyCardTransactionResponse200
    from .create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
    from .create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
    from .create_client_body import CreateClientBody
    from .create_client_body_custom_fields import CreateClientBodyCustomFields
    from .create_client_comment_body import CreateClientCommentBody
    from .create_client_comment_response_201 import CreateClientCommentResponse201
    from .create_client_response_201 import CreateClientResponse201
    from .create_client_response_201_data import CreateClientResponse201Data
    from .create_client_response_201_data_custom_fields import CreateClientResponse201DataCustomFields
    from .create_client_response_201_meta_type_0 import CreateClientResponse201MetaType0
    from .create_event_duplication_strategy_body import CreateEventDuplicationStrategyBody
    from .create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem
    from .create_event_duplication_strategy_response_200 import CreateEventDuplicationStrategyResponse200
    from .create_event_duplication_strategy_response_200_data import CreateEventDuplicationStrategyResponse200Data
    from .create_event_duplication_strategy_response_200_data_repeat_mode import (
        CreateEventDuplicationStrategyResponse200DataRepeatMode,
    )
    from .create_event_duplication_strategy_response_200_meta_type_0 import (
        CreateEventDuplicationStrategyResponse200MetaType0,
    )
    from .create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
    from .create_loyalty_card_transaction_response_200 import CreateLoyaltyCardTransactionResponse200
    from .create_position_quick_body import CreatePositionQuickBody
    from .create_position_quick_response_201 import CreatePositionQuickResponse201
    from .create_tag_response_202 import CreateTagResponse202
    from .create_tag_response_202_meta import CreateTagResponse202Meta
    from .create_team_member_quick_body import CreateTeamMemberQuickBody
    from .create_team_member_quick_response_201 import CreateTeamMemberQuickResponse201
    from .create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
    from .create_timetable_client_schedule_response_201 import CreateTimetableClientScheduleResponse201
    from .create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
    from .create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem
    from .create_timetable_event_schedule_body_days_item_day_of_week import (
        CreateTimetableEventScheduleBodyDaysItemDayOfWeek,
    )
    from .create_timetable_event_schedule_body_original_entity_type import (
        CreateTimetableEventScheduleBodyOriginalEntityType,
    )
    from .create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
    from .create_timetable_event_schedule_response_201 import CreateTimetableEventScheduleResponse201
    from .create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
    from .create_timetable_schedule_day_body_day_of_week import CreateTimetableScheduleDayBodyDayOfWeek
    from .create_timetable_schedule_day_include_item import CreateTimetableScheduleDayIncludeItem
    from .create_timetable_schedule_day_response_201 import CreateTimetableScheduleDayResponse201
    from .create_user_invitation_body import CreateUserInvitationBody
    from .create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem
    from .create_user_invitation_body_invites_item_user_role_type_1 import (
        CreateUserInvitationBodyInvitesItemUserRoleType1,
    )
    from .create_user_invitation_body_invites_item_user_role_type_2_type_1 import (
        CreateUserInvitationBodyInvitesItemUserRoleType2Type1,
    )
    from .create_user_invitation_body_invites_item_user_role_type_3_type_1 import (
        CreateUserInvitationBodyInvitesItemUserRoleType3Type1,
    )
    from .customer_history_model_object import CustomerHistoryModelObject
    from .delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
    from .delete_client_file_response_202 import DeleteClientFileResponse202
    from .delete_client_file_response_202_meta import DeleteClientFileResponse202Meta
    from .delete_event_response_202 import DeleteEventResponse202
    from .delete_event_response_202_meta import DeleteEventResponse202Meta
    from .delete_image_body import DeleteImageBody
    from .delete_tag_by_tag_id_response_200 import DeleteTagByTagIdResponse200
    from .delete_tag_by_tag_id_response_200_meta import DeleteTagByTagIdResponse200Meta
    from .delete_tag_by_tag_id_response_202 import DeleteTagByTagIdResponse202
    from .delete_tag_by_tag_id_response_202_meta import DeleteTagByTagIdResponse202Meta
    from .delivery_status_request_data_types_item import DeliveryStatusRequestDataTypesItem
    from .duplicate_event_body import DuplicateEventBody
    from .duplicate_event_response_200 import DuplicateEventResponse200
    from .duplicate_event_response_200_data_item import DuplicateEventResponse200DataItem
    from .duplicate_event_response_200_data_item_master import DuplicateEventResponse200DataItemMaster
    from .duplicate_event_response_200_data_item_resource_instances_item import (
        DuplicateEventResponse200DataItemResourceInstancesItem,
    )
    from .duplicate_event_response_200_data_item_service import DuplicateEventResponse200DataItemService
    from .duplicate_event_response_200_meta import DuplicateEventResponse200Meta
    from .error_meta import ErrorMeta
    from .error_response import ErrorResponse
    from .event_date_range import EventDateRange
    from .event_in_a_schedule import EventInASchedule
    from .event_request import EventRequest
    from .event_response import EventResponse
    from .event_response_data import EventResponseData
    from .event_response_data_duration_details import EventResponseDataDurationDetails
    from .event_response_data_labels_item import EventResponseDataLabelsItem
    from .event_response_data_resource_instances_item import EventResponseDataResourceInstancesItem
    from .event_response_data_service import EventResponseDataService
    from .event_response_data_staff import EventResponseDataStaff
    from .event_response_meta_type_0 import EventResponseMetaType0
    from .event_search_filter import EventSearchFilter
    from .event_search_filter_data_item import EventSearchFilterDataItem
    from .event_search_response import EventSearchResponse
    from .event_search_response_data_item import EventSearchResponseDataItem
    from .event_search_response_data_item_labels_item import EventSearchResponseDataItemLabelsItem
    from .event_search_response_data_item_resource_instances_item import (
        EventSearchResponseDataItemResourceInstancesItem,
    )
    from .event_search_response_data_item_service import EventSearchResponseDataItemService
    from .event_search_response_data_item_service_category import EventSearchResponseDataItemServiceCategory
    from .event_search_response_data_item_staff import EventSearchResponseDataItemStaff
    from .event_search_response_data_item_staff_position import EventSearchResponseDataItemStaffPosition
    from .event_search_response_meta import EventSearchResponseMeta
    from .event_services_response import EventServicesResponse
    from .event_services_response_data_item import EventServicesResponseDataItem
    from .event_services_response_data_item_category import EventServicesResponseDataItemCategory
    from .event_services_response_data_item_resources_item import EventServicesResponseDataItemResourcesItem
    from .event_services_response_data_item_staff_item import EventServicesResponseDataItemStaffItem
    from .event_services_response_meta import EventServicesResponseMeta
    from .field_200_success_response import Field200SuccessResponse
    from .generate_loyalty_code_response_200 import GenerateLoyaltyCodeResponse200
    from .generate_loyalty_code_response_200_meta_type_0 import GenerateLoyaltyCodeResponse200MetaType0
    from .get_appointment_calendar_dates_response_200 import GetAppointmentCalendarDatesResponse200
    from .get_appointment_calendar_dates_response_200_meta_type_0 import GetAppointmentCalendarDatesResponse200MetaType0
    from .get_appointment_calendar_sessions_response_200 import GetAppointmentCalendarSessionsResponse200
    from .get_appointment_calendar_sessions_response_200_data_item import (
        GetAppointmentCalendarSessionsResponse200DataItem,
    )
    from .get_appointment_calendar_sessions_response_200_meta_type_0 import (
        GetAppointmentCalendarSessionsResponse200MetaType0,
    )
    from .get_chain_client_account_history_response_200 import GetChainClientAccountHistoryResponse200
    from .get_chain_client_account_history_response_200_data_item import GetChainClientAccountHistoryResponse200DataItem
    from .get_chain_client_account_history_response_200_data_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
    )
    from .get_chain_client_account_history_response_200_data_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,
    )
    from .get_chain_client_account_history_response_200_meta_type_0 import (
        GetChainClientAccountHistoryResponse200MetaType0,
    )
    from .get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
    from .get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
    from .get_chain_service_category_list_include import GetChainServiceCategoryListInclude
    from .get_client_account_by_chain_and_phone_response_200 import GetClientAccountByChainAndPhoneResponse200
    from .get_client_account_by_chain_and_phone_response_200_data_item import (
        GetClientAccountByChainAndPhoneResponse200DataItem,
    )
    from .get_client_account_by_chain_and_phone_response_200_data_item_deposit import (
        GetClientAccountByChainAndPhoneResponse200DataItemDeposit,
    )
    from .get_client_account_by_chain_and_phone_response_200_data_item_deposit_type import (
        GetClientAccountByChainAndPhoneResponse200DataItemDepositType,
    )
    from .get_client_account_by_chain_and_phone_response_200_meta import GetClientAccountByChainAndPhoneResponse200Meta
    from .get_client_account_list_by_chain_response_200 import GetClientAccountListByChainResponse200
    from .get_client_account_list_by_chain_response_200_data_item import GetClientAccountListByChainResponse200DataItem
    from .get_client_account_list_by_chain_response_200_data_item_client import (
        GetClientAccountListByChainResponse200DataItemClient,
    )
    from .get_client_account_list_by_chain_response_200_data_item_deposit import (
        GetClientAccountListByChainResponse200DataItemDeposit,
    )
    from .get_client_account_list_by_chain_response_200_data_item_deposit_type import (
        GetClientAccountListByChainResponse200DataItemDepositType,
    )
    from .get_client_account_list_by_chain_response_200_meta import GetClientAccountListByChainResponse200Meta
    from .get_client_account_list_by_location_and_client_response_200 import (
        GetClientAccountListByLocationAndClientResponse200,
    )
    from .get_client_account_list_by_location_and_client_response_200_data_item import (
        GetClientAccountListByLocationAndClientResponse200DataItem,
    )
    from .get_client_account_list_by_location_and_client_response_200_data_item_deposit import (
        GetClientAccountListByLocationAndClientResponse200DataItemDeposit,
    )
    from .get_client_account_list_by_location_and_client_response_200_data_item_deposit_type import (
        GetClientAccountListByLocationAndClientResponse200DataItemDepositType,
    )
    from .get_client_account_list_by_location_and_client_response_200_meta import (
        GetClientAccountListByLocationAndClientResponse200Meta,
    )
    from .get_client_response_200 import GetClientResponse200
    from .get_client_response_200_data import GetClientResponse200Data
    from .get_client_response_200_meta_type_0 import GetClientResponse200MetaType0
    from .get_event_date_range_response_200 import GetEventDateRangeResponse200
    from .get_event_search_filters_response_200 import GetEventSearchFiltersResponse200
    from .get_location_list_include_item import GetLocationListIncludeItem
    from .get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
    from .get_location_subscription_information_response_200 import GetLocationSubscriptionInformationResponse200
    from .get_location_subscription_information_response_200_data import (
        GetLocationSubscriptionInformationResponse200Data,
    )
    from .get_location_subscription_information_response_200_data_options_item import (
        GetLocationSubscriptionInformationResponse200DataOptionsItem,
    )
    from .get_location_subscription_information_response_200_meta_type_0 import (
        GetLocationSubscriptionInformationResponse200MetaType0,
    )
    from .get_message_status_list_response_200 import GetMessageStatusListResponse200
    from .get_partner_appointment_list_response_200 import GetPartnerAppointmentListResponse200
    from .get_partner_appointment_list_response_200_data_item import GetPartnerAppointmentListResponse200DataItem
    from .get_partner_appointment_list_response_200_data_item_client import (
        GetPartnerAppointmentListResponse200DataItemClient,
    )
    from .get_partner_appointment_list_response_200_data_item_company import (
        GetPartnerAppointmentListResponse200DataItemCompany,
    )
    from .get_partner_appointment_list_response_200_data_item_custom_fields import (
        GetPartnerAppointmentListResponse200DataItemCustomFields,
    )
    from .get_partner_appointment_list_response_200_data_item_services_item import (
        GetPartnerAppointmentListResponse200DataItemServicesItem,
    )
    from .get_partner_appointment_list_response_200_data_item_staff import (
        GetPartnerAppointmentListResponse200DataItemStaff,
    )
    from .get_partner_appointment_list_response_200_meta import GetPartnerAppointmentListResponse200Meta
    from .get_tag_list_by_entity_entity import GetTagListByEntityEntity
    from .get_team_member_calculation_schemes_count_response_200 import GetTeamMemberCalculationSchemesCountResponse200
    from .get_team_member_payroll_calculation_response_200 import GetTeamMemberPayrollCalculationResponse200
    from .get_team_member_salary_calculation_response_200 import GetTeamMemberSalaryCalculationResponse200
    from .get_team_member_salary_period_response_200 import GetTeamMemberSalaryPeriodResponse200
    from .get_team_member_salary_schemes_response_200 import GetTeamMemberSalarySchemesResponse200
    from .get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
    from .get_team_member_schedule_list_response_200 import GetTeamMemberScheduleListResponse200
    from .get_team_member_schedule_list_response_200_data_item import GetTeamMemberScheduleListResponse200DataItem
    from .get_team_member_schedule_list_response_200_data_item_busy_intervals_item import (
        GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem,
    )
    from .get_team_member_schedule_list_response_200_data_item_slots_item import (
        GetTeamMemberScheduleListResponse200DataItemSlotsItem,
    )
    from .get_team_member_schedule_list_response_200_meta import GetTeamMemberScheduleListResponse200Meta
    from .get_team_member_schedule_response_200 import GetTeamMemberScheduleResponse200
    from .get_team_member_schedule_response_200_data_item import GetTeamMemberScheduleResponse200DataItem
    from .get_team_member_schedule_response_200_data_item_slots_item import (
        GetTeamMemberScheduleResponse200DataItemSlotsItem,
    )
    from .get_team_member_schedule_response_200_meta_type_0 import GetTeamMemberScheduleResponse200MetaType0
    from .get_timeslot_settings_response_200 import GetTimeslotSettingsResponse200
    from .get_timeslot_settings_response_200_data import GetTimeslotSettingsResponse200Data
    from .get_timeslot_settings_response_200_data_dates_settings_item import (
        GetTimeslotSettingsResponse200DataDatesSettingsItem,
    )
    from .get_timeslot_settings_response_200_data_dates_settings_item_setting import (
        GetTimeslotSettingsResponse200DataDatesSettingsItemSetting,
    )
    from .get_timeslot_settings_response_200_data_weekdays_settings_item import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
    )
    from .get_timeslot_settings_response_200_data_weekdays_settings_item_setting import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting,
    )
    from .get_timeslot_settings_response_200_meta_type_0 import GetTimeslotSettingsResponse200MetaType0
    from .get_user_permissions_response_200 import GetUserPermissionsResponse200
    from .get_user_roles_include_item import GetUserRolesIncludeItem
    from .get_user_roles_response_200 import GetUserRolesResponse200
    from .gift_card import GiftCard
    from .gift_card_list_meta import GiftCardListMeta
    from .gift_card_list_response import GiftCardListResponse
    from .gift_card_status import GiftCardStatus
    from .gift_card_type import GiftCardType
    from .gift_card_type_details import GiftCardTypeDetails
    from .gift_card_type_details_item_type import GiftCardTypeDetailsItemType
    from .gift_card_type_list_meta import GiftCardTypeListMeta
    from .gift_card_type_list_response import GiftCardTypeListResponse
    from .goods_company_request_data_type import GoodsCompanyRequestDataType
    from .goods_company_request_with_rules_data_type import GoodsCompanyRequestWithRulesDataType
    from .goods_company_request_with_rules_data_type_correction_rules_item import (
        GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,
    )
    from .handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
    from .image import Image
    from .image_group import ImageGroup
    from .image_group_image_group import ImageGroupImageGroup
    from .issue_loyalty_card_request import IssueLoyaltyCardRequest
    from .license_option import LicenseOption
    from .list_client_comments_response_200 import ListClientCommentsResponse200
    from .list_event_duplication_strategies_response_200 import ListEventDuplicationStrategiesResponse200
    from .list_event_duplication_strategies_response_200_data_item import (
        ListEventDuplicationStrategiesResponse200DataItem,
    )
    from .list_event_duplication_strategies_response_200_data_item_repeat_mode import (
        ListEventDuplicationStrategiesResponse200DataItemRepeatMode,
    )
    from .list_event_duplication_strategies_response_200_meta import ListEventDuplicationStrategiesResponse200Meta
    from .list_roles_include_item import ListRolesIncludeItem
    from .list_roles_response_200 import ListRolesResponse200
    from .list_timetable_schedule_day_events_response_200 import ListTimetableScheduleDayEventsResponse200
    from .location import Location
    from .location_booking_widget_promo_type_0 import LocationBookingWidgetPromoType0
    from .location_list_response import LocationListResponse
    from .location_list_response_meta_type_0 import LocationListResponseMetaType0
    from .location_loyalty_program_list_response import LocationLoyaltyProgramListResponse
    from .location_loyalty_program_list_response_data_item import LocationLoyaltyProgramListResponseDataItem
    from .location_loyalty_program_list_response_meta import LocationLoyaltyProgramListResponseMeta
    from .location_response import LocationResponse
    from .location_response_data import LocationResponseData
    from .location_response_data_access import LocationResponseDataAccess
    from .location_response_data_bookforms_item import LocationResponseDataBookformsItem
    from .location_response_data_groups import LocationResponseDataGroups
    from .location_response_data_groups_additional_property import LocationResponseDataGroupsAdditionalProperty
    from .location_response_data_main_group_type_0 import LocationResponseDataMainGroupType0
    from .location_response_data_payment_policy import LocationResponseDataPaymentPolicy
    from .location_response_data_social import LocationResponseDataSocial
    from .location_response_meta_type_0 import LocationResponseMetaType0
    from .loyalty_card import LoyaltyCard
    from .loyalty_card_response import LoyaltyCardResponse
    from .loyalty_card_response_programs_item import LoyaltyCardResponseProgramsItem
    from .loyalty_card_response_programs_item_loyalty_type import LoyaltyCardResponseProgramsItemLoyaltyType
    from .loyalty_card_response_programs_item_rules_item import LoyaltyCardResponseProgramsItemRulesItem
    from .loyalty_card_response_salon_group import LoyaltyCardResponseSalonGroup
    from .loyalty_card_response_type import LoyaltyCardResponseType
    from .loyalty_card_type import LoyaltyCardType
    from .loyalty_card_types_response_data_types_item import LoyaltyCardTypesResponseDataTypesItem
    from .loyalty_card_types_response_data_types_item_salon_group import LoyaltyCardTypesResponseDataTypesItemSalonGroup
    from .loyalty_client_statistics_response import LoyaltyClientStatisticsResponse
    from .loyalty_client_statistics_response_data import LoyaltyClientStatisticsResponseData
    from .loyalty_client_statistics_response_data_client_stats import LoyaltyClientStatisticsResponseDataClientStats
    from .loyalty_client_statistics_response_data_client_stats_new import (
        LoyaltyClientStatisticsResponseDataClientStatsNew,
    )
    from .loyalty_client_statistics_response_data_client_stats_old import (
        LoyaltyClientStatisticsResponseDataClientStatsOld,
    )
    from .loyalty_client_statistics_response_data_client_stats_total import (
        LoyaltyClientStatisticsResponseDataClientStatsTotal,
    )
    from .loyalty_client_statistics_response_data_visits_stats_by_day_item import (
        LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem,
    )
    from .loyalty_client_statistics_response_meta_type_0 import LoyaltyClientStatisticsResponseMetaType0
    from .loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem
    from .loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from .loyalty_generate_code_200_option import LoyaltyGenerateCode200Option
    from .loyalty_generate_code_200_option_meta_type_0 import LoyaltyGenerateCode200OptionMetaType0
    from .loyalty_generate_code_error_meta_option import LoyaltyGenerateCodeErrorMetaOption
    from .loyalty_generate_code_error_option import LoyaltyGenerateCodeErrorOption
    from .loyalty_notification_message_template import LoyaltyNotificationMessageTemplate
    from .loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest
    from .loyalty_notification_message_template_request_type import LoyaltyNotificationMessageTemplateRequestType
    from .loyalty_program import LoyaltyProgram
    from .loyalty_program_create_request import LoyaltyProgramCreateRequest
    from .loyalty_program_create_request_expiration_timeout_unit import LoyaltyProgramCreateRequestExpirationTimeoutUnit
    from .loyalty_program_create_request_good_item_type import LoyaltyProgramCreateRequestGoodItemType
    from .loyalty_program_create_request_params_source_type import LoyaltyProgramCreateRequestParamsSourceType
    from .loyalty_program_create_request_service_item_type import LoyaltyProgramCreateRequestServiceItemType
    from .loyalty_program_create_request_type import LoyaltyProgramCreateRequestType
    from .loyalty_program_create_request_value_unit import LoyaltyProgramCreateRequestValueUnit
    from .loyalty_program_rule import LoyaltyProgramRule
    from .loyalty_program_rule_request import LoyaltyProgramRuleRequest
    from .loyalty_program_update_request import LoyaltyProgramUpdateRequest
    from .loyalty_program_update_request_expiration_timeout_unit import LoyaltyProgramUpdateRequestExpirationTimeoutUnit
    from .loyalty_revenue_statistics_response import LoyaltyRevenueStatisticsResponse
    from .loyalty_revenue_statistics_response_data import LoyaltyRevenueStatisticsResponseData
    from .loyalty_revenue_statistics_response_data_currency import LoyaltyRevenueStatisticsResponseDataCurrency
    from .loyalty_revenue_statistics_response_data_income_stats import LoyaltyRevenueStatisticsResponseDataIncomeStats
    from .loyalty_revenue_statistics_response_data_income_stats_by_day_item import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem,
    )
    from .loyalty_revenue_statistics_response_data_income_stats_new import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsNew,
    )
    from .loyalty_revenue_statistics_response_data_income_stats_old import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsOld,
    )
    from .loyalty_revenue_statistics_response_data_income_stats_total import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal,
    )
    from .loyalty_revenue_statistics_response_meta_type_0 import LoyaltyRevenueStatisticsResponseMetaType0
    from .loyalty_team_member_statistics_response import LoyaltyTeamMemberStatisticsResponse
    from .loyalty_team_member_statistics_response_data_item import LoyaltyTeamMemberStatisticsResponseDataItem
    from .loyalty_team_member_statistics_response_data_item_client_stats import (
        LoyaltyTeamMemberStatisticsResponseDataItemClientStats,
    )
    from .loyalty_team_member_statistics_response_data_item_staff import (
        LoyaltyTeamMemberStatisticsResponseDataItemStaff,
    )
    from .loyalty_team_member_statistics_response_meta import LoyaltyTeamMemberStatisticsResponseMeta
    from .loyalty_transaction import LoyaltyTransaction
    from .loyalty_transaction_data_item import LoyaltyTransactionDataItem
    from .loyalty_transaction_data_item_type import LoyaltyTransactionDataItemType
    from .loyalty_transaction_meta import LoyaltyTransactionMeta
    from .membership import Membership
    from .membership_balance_container import MembershipBalanceContainer
    from .membership_balance_container_links_item import MembershipBalanceContainerLinksItem
    from .membership_balance_container_links_item_category import MembershipBalanceContainerLinksItemCategory
    from .membership_balance_container_links_item_category_category import (
        MembershipBalanceContainerLinksItemCategoryCategory,
    )
    from .membership_balance_container_links_item_service import MembershipBalanceContainerLinksItemService
    from .membership_balance_container_links_item_service_category import (
        MembershipBalanceContainerLinksItemServiceCategory,
    )
    from .membership_list_meta import MembershipListMeta
    from .membership_list_response import MembershipListResponse
    from .membership_status import MembershipStatus
    from .membership_type import MembershipType
    from .membership_type_details import MembershipTypeDetails
    from .membership_type_details_balance_container import MembershipTypeDetailsBalanceContainer
    from .membership_type_details_balance_container_links_item import MembershipTypeDetailsBalanceContainerLinksItem
    from .membership_type_details_balance_container_links_item_category import (
        MembershipTypeDetailsBalanceContainerLinksItemCategory,
    )
    from .membership_type_details_balance_container_links_item_category_category import (
        MembershipTypeDetailsBalanceContainerLinksItemCategoryCategory,
    )
    from .membership_type_details_balance_container_links_item_service import (
        MembershipTypeDetailsBalanceContainerLinksItemService,
    )
    from .membership_type_details_balance_container_links_item_service_category import (
        MembershipTypeDetailsBalanceContainerLinksItemServiceCategory,
    )
    from .membership_type_list_meta import MembershipTypeListMeta
    from .membership_type_list_response import MembershipTypeListResponse
    from .meta_object_with_response_results_count import MetaObjectWithResponseResultsCount
    from .model_object_consumable_in_service import ModelObjectConsumableInService
    from .model_object_location_minimum_information import ModelObjectLocationMinimumInformation
    from .model_object_permission_option import ModelObjectPermissionOption
    from .model_object_permission_type import ModelObjectPermissionType
    from .model_object_permission_value import ModelObjectPermissionValue
    from .model_object_permission_with_nested_permissions import ModelObjectPermissionWithNestedPermissions
    from .model_object_permission_with_nested_permissions_children_type_0_item import (
        ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
    )
    from .model_object_permissions_and_user_role import ModelObjectPermissionsAndUserRole
    from .model_object_presence_of_tip_without_amount import ModelObjectPresenceOfTipWithoutAmount
    from .model_object_service_in_customers_history_appointment import ModelObjectServiceInCustomersHistoryAppointment
    from .model_object_user_role import ModelObjectUserRole
    from .mutual_settlements import MutualSettlements
    from .mutual_settlements_grouped_by_date import MutualSettlementsGroupedByDate
    from .mutual_settlements_grouped_by_date_payroll_daily_item import MutualSettlementsGroupedByDatePayrollDailyItem
    from .no_data_in_response import NoDataInResponse
    from .object_of_model_client_schedule import ObjectOfModelClientSchedule
    from .object_of_model_comment_for_a_client import ObjectOfModelCommentForAClient
    from .object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails
    from .object_of_model_resource_instance import ObjectOfModelResourceInstance
    from .object_of_model_schedule import ObjectOfModelSchedule
    from .object_of_model_schedule_series import ObjectOfModelScheduleSeries
    from .object_of_model_service_team_member import ObjectOfModelServiceTeamMember
    from .object_of_model_tag import ObjectOfModelTag
    from .object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition
    from .object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar
    from .pay_with_a_loyalty_card import PayWithALoyaltyCard
    from .pay_with_a_loyalty_card_payment import PayWithALoyaltyCardPayment
    from .pay_with_a_loyalty_card_payment_method import PayWithALoyaltyCardPaymentMethod
    from .pay_with_a_loyalty_program import PayWithALoyaltyProgram
    from .pay_with_a_loyalty_program_payment import PayWithALoyaltyProgramPayment
    from .pay_with_a_loyalty_program_payment_method import PayWithALoyaltyProgramPaymentMethod
    from .pay_with_referral_program_works_only_for_visit import PayWithReferralProgramWorksOnlyForVisit
    from .pay_with_referral_program_works_only_for_visit_payment import PayWithReferralProgramWorksOnlyForVisitPayment
    from .pay_with_referral_program_works_only_for_visit_payment_method import (
        PayWithReferralProgramWorksOnlyForVisitPaymentMethod,
    )
    from .payment_at_the_checkout import PaymentAtTheCheckout
    from .payment_at_the_checkout_payment import PaymentAtTheCheckoutPayment
    from .payment_at_the_checkout_payment_method import PaymentAtTheCheckoutPaymentMethod
    from .payment_details_object import PaymentDetailsObject
    from .payment_via_client_personal_account import PaymentViaClientPersonalAccount
    from .payment_via_client_personal_account_payment import PaymentViaClientPersonalAccountPayment
    from .payment_via_client_personal_account_payment_method import PaymentViaClientPersonalAccountPaymentMethod
    from .payment_with_a_gift_card import PaymentWithAGiftCard
    from .payment_with_a_gift_card_payment import PaymentWithAGiftCardPayment
    from .payment_with_a_gift_card_payment_method import PaymentWithAGiftCardPaymentMethod
    from .payment_with_membership_works_only_for_the_visit import PaymentWithMembershipWorksOnlyForTheVisit
    from .payment_with_membership_works_only_for_the_visit_payment import (
        PaymentWithMembershipWorksOnlyForTheVisitPayment,
    )
    from .payment_with_membership_works_only_for_the_visit_payment_method import (
        PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,
    )
    from .payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject
    from .payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject
    from .payroll_for_a_period_for_a_team_member import PayrollForAPeriodForATeamMember
    from .payroll_for_a_period_for_a_team_member_grouped_by_date import PayrollForAPeriodForATeamMemberGroupedByDate
    from .payroll_for_a_period_for_a_team_member_grouped_by_date_period_calculation_daily_item import (
        PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem,
    )
    from .phone_number_format_check_response_200 import PhoneNumberFormatCheckResponse200
    from .phone_number_format_check_response_200_data import PhoneNumberFormatCheckResponse200Data
    from .phone_number_format_check_response_200_meta_type_0 import PhoneNumberFormatCheckResponse200MetaType0
    from .position import Position
    from .position_compact import PositionCompact
    from .print_fiscal_receipt_body import PrintFiscalReceiptBody
    from .product import Product
    from .product_list_response import ProductListResponse
    from .product_list_response_meta_type_0 import ProductListResponseMetaType0
    from .product_response import ProductResponse
    from .product_response_data_type_0 import ProductResponseDataType0
    from .product_response_data_type_0_actual_amounts_item import ProductResponseDataType0ActualAmountsItem
    from .product_response_data_type_1_item import ProductResponseDataType1Item
    from .product_response_data_type_1_item_actual_amounts_item import ProductResponseDataType1ItemActualAmountsItem
    from .product_response_meta_type_0 import ProductResponseMetaType0
    from .referral_program_request import ReferralProgramRequest
    from .remove_user_from_locations_body import RemoveUserFromLocationsBody
    from .remove_user_from_locations_body_user_company_links_item import RemoveUserFromLocationsBodyUserCompanyLinksItem
    from .request_validation_error_message import RequestValidationErrorMessage
    from .request_validation_error_message_errors_item import RequestValidationErrorMessageErrorsItem
    from .response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0
    from .root_type_bookform_create_request import RootTypeBookformCreateRequest
    from .root_type_bookform_create_request_button_position import RootTypeBookformCreateRequestButtonPosition
    from .root_type_bookform_create_request_form_position import RootTypeBookformCreateRequestFormPosition
    from .root_type_bookform_settings_response import RootTypeBookformSettingsResponse
    from .root_type_bookform_settings_response_header_images_type_0 import (
        RootTypeBookformSettingsResponseHeaderImagesType0,
    )
    from .root_type_for_accounts_response_data_types import RootTypeForAccountsResponseDataTypes
    from .root_type_for_accounts_response_data_types_data_item import RootTypeForAccountsResponseDataTypesDataItem
    from .root_type_for_accounts_response_data_types_meta_type_0 import RootTypeForAccountsResponseDataTypesMetaType0
    from .root_type_for_analytics_report_overall_client_stats import RootTypeForAnalyticsReportOverallClientStats
    from .root_type_for_analytics_report_overall_fullness_stats import RootTypeForAnalyticsReportOverallFullnessStats
    from .root_type_for_analytics_report_overall_record_stats import RootTypeForAnalyticsReportOverallRecordStats
    from .root_type_for_analytics_report_overall_sum_stats import RootTypeForAnalyticsReportOverallSumStats
    from .root_type_for_bookform_update_request import RootTypeForBookformUpdateRequest
    from .root_type_for_bookform_update_request_button_position import RootTypeForBookformUpdateRequestButtonPosition
    from .root_type_for_bookform_update_request_form_position import RootTypeForBookformUpdateRequestFormPosition
    from .root_type_for_clients_companyid_response_deprecated_data_types import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypes,
    )
    from .root_type_for_clients_companyid_response_deprecated_data_types_data_item import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItem,
    )
    from .root_type_for_clients_companyid_response_deprecated_data_types_data_item_categories_item import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,
    )
    from .root_type_for_clients_companyid_response_deprecated_data_types_data_item_custom_fields import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,
    )
    from .root_type_for_clients_companyid_response_deprecated_data_types_meta import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesMeta,
    )
    from .root_type_for_comments_companyid_request_data_types import RootTypeForCommentsCompanyidRequestDataTypes
    from .root_type_for_company_companyid_clients_search_response_400_data_types import (
        RootTypeForCompanyCompanyidClientsSearchResponse400DataTypes,
    )
    from .root_type_for_company_companyid_clients_search_response_400_data_types_meta import (
        RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMeta,
    )
    from .root_type_for_company_companyid_clients_search_response_400_data_types_meta_errors import (
        RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors,
    )
    from .root_type_for_company_companyid_clients_search_response_402_data_types import (
        RootTypeForCompanyCompanyidClientsSearchResponse402DataTypes,
    )
    from .root_type_for_company_companyid_clients_search_response_402_data_types_meta import (
        RootTypeForCompanyCompanyidClientsSearchResponse402DataTypesMeta,
    )
    from .root_type_for_company_companyid_clients_search_response_404_data_types import (
        RootTypeForCompanyCompanyidClientsSearchResponse404DataTypes,
    )
    from .root_type_for_company_companyid_clients_search_response_404_data_types_meta import (
        RootTypeForCompanyCompanyidClientsSearchResponse404DataTypesMeta,
    )
    from .root_type_for_company_companyid_clients_search_response_404_data_types_meta_errors_item import (
        RootTypeForCompanyCompanyidClientsSearchResponse404DataTypesMetaErrorsItem,
    )
    from .root_type_for_company_companyid_service_categories_response_200_data_types import (
        RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes,
    )
    from .root_type_for_company_companyid_service_categories_response_200_data_types_data_type_0 import (
        RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType0,
    )
    from .root_type_for_company_companyid_service_categories_response_200_data_types_data_type_1_item import (
        RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType1Item,
    )
    from .root_type_for_company_companyid_service_categories_response_200_data_types_meta_type_0 import (
        RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0,
    )
    from .root_type_for_company_companyid_staff_staffid_response_403_data_types import (
        RootTypeForCompanyCompanyidStaffStaffidResponse403DataTypes,
    )
    from .root_type_for_company_companyid_staff_staffid_response_403_data_types_meta import (
        RootTypeForCompanyCompanyidStaffStaffidResponse403DataTypesMeta,
    )
    from .root_type_for_company_companyid_staff_staffid_response_404_data_types import (
        RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypes,
    )
    from .root_type_for_company_companyid_staff_staffid_response_404_data_types_meta import (
        RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypesMeta,
    )
    from .root_type_for_company_companyid_staff_staffid_response_404_data_types_meta_errors_item import (
        RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypesMetaErrorsItem,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecated,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_norm import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_origin import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
    )
    from .root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_meta_type_0 import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0,
    )
    from .root_type_for_company_create_request_data_types import RootTypeForCompanyCreateRequestDataTypes
    from .root_type_for_company_create_response_data_types import RootTypeForCompanyCreateResponseDataTypes
    from .root_type_for_company_create_response_data_types_data import RootTypeForCompanyCreateResponseDataTypesData
    from .root_type_for_company_create_response_data_types_meta_type_0 import (
        RootTypeForCompanyCreateResponseDataTypesMetaType0,
    )
    from .root_type_for_company_get_online_settings_response_data_field_data_types import (
        RootTypeForCompanyGetOnlineSettingsResponseDataFieldDataTypes,
    )
    from .root_type_for_company_get_online_settings_response_data_types import (
        RootTypeForCompanyGetOnlineSettingsResponseDataTypes,
    )
    from .root_type_for_company_get_online_settings_response_data_types_meta_type_0 import (
        RootTypeForCompanyGetOnlineSettingsResponseDataTypesMetaType0,
    )
    from .root_type_for_company_get_timetable_settings_response_data_field_data_types import (
        RootTypeForCompanyGetTimetableSettingsResponseDataFieldDataTypes,
    )
    from .root_type_for_company_get_timetable_settings_response_data_types import (
        RootTypeForCompanyGetTimetableSettingsResponseDataTypes,
    )
    from .root_type_for_company_get_timetable_settings_response_data_types_meta_type_0 import (
        RootTypeForCompanyGetTimetableSettingsResponseDataTypesMetaType0,
    )
    from .root_type_for_company_put_request_data_types import RootTypeForCompanyPutRequestDataTypes
    from .root_type_for_company_put_request_data_types_social import RootTypeForCompanyPutRequestDataTypesSocial
    from .root_type_for_company_put_response_data_types import RootTypeForCompanyPutResponseDataTypes
    from .root_type_for_company_put_response_data_types_data import RootTypeForCompanyPutResponseDataTypesData
    from .root_type_for_company_put_response_data_types_data_access import (
        RootTypeForCompanyPutResponseDataTypesDataAccess,
    )
    from .root_type_for_company_put_response_data_types_data_main_group_type_0 import (
        RootTypeForCompanyPutResponseDataTypesDataMainGroupType0,
    )
    from .root_type_for_company_put_response_data_types_data_social import (
        RootTypeForCompanyPutResponseDataTypesDataSocial,
    )
    from .root_type_for_company_put_response_data_types_meta_type_0 import (
        RootTypeForCompanyPutResponseDataTypesMetaType0,
    )
    from .root_type_for_company_update_online_settings_data_type import RootTypeForCompanyUpdateOnlineSettingsDataType
    from .root_type_for_company_update_timetable_settings_data_type import (
        RootTypeForCompanyUpdateTimetableSettingsDataType,
    )
    from .root_type_for_company_users_deprecated_response_data_types import (
        RootTypeForCompanyUsersDeprecatedResponseDataTypes,
    )
    from .root_type_for_company_users_deprecated_response_data_types_data_item import (
        RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItem,
    )
    from .root_type_for_company_users_deprecated_response_data_types_data_item_access import (
        RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess,
    )
    from .root_type_for_company_users_deprecated_response_data_types_meta_type_0 import (
        RootTypeForCompanyUsersDeprecatedResponseDataTypesMetaType0,
    )
    from .root_type_for_currency import RootTypeForCurrency
    from .root_type_for_custom_fields_request_data_type import RootTypeForCustomFieldsRequestDataType
    from .root_type_for_custom_fields_response_data_types import RootTypeForCustomFieldsResponseDataTypes
    from .root_type_for_custom_fields_response_data_types_data_type_0 import (
        RootTypeForCustomFieldsResponseDataTypesDataType0,
    )
    from .root_type_for_custom_fields_response_data_types_data_type_0_custom_field import (
        RootTypeForCustomFieldsResponseDataTypesDataType0CustomField,
    )
    from .root_type_for_custom_fields_response_data_types_data_type_0_custom_field_type import (
        RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType,
    )
    from .root_type_for_custom_fields_response_data_types_data_type_1_item import (
        RootTypeForCustomFieldsResponseDataTypesDataType1Item,
    )
    from .root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field import (
        RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField,
    )
    from .root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field_type import (
        RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType,
    )
    from .root_type_for_custom_fields_response_data_types_meta_type_0 import (
        RootTypeForCustomFieldsResponseDataTypesMetaType0,
    )
    from .root_type_for_deposit_operation_response_data_types import RootTypeForDepositOperationResponseDataTypes
    from .root_type_for_deposit_operation_response_data_types_data import (
        RootTypeForDepositOperationResponseDataTypesData,
    )
    from .root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem,
    )
    from .root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
    )
    from .root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,
    )
    from .root_type_for_deposit_operation_response_data_types_data_document import (
        RootTypeForDepositOperationResponseDataTypesDataDocument,
    )
    from .root_type_for_deposit_operation_response_data_types_data_document_salon import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentSalon,
    )
    from .root_type_for_deposit_operation_response_data_types_data_document_type import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentType,
    )
    from .root_type_for_deposit_operation_response_data_types_data_document_user import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentUser,
    )
    from .root_type_for_deposit_operation_response_data_types_data_payment_transactions_item import (
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem,
    )
    from .root_type_for_deposit_operation_response_data_types_data_payment_transactions_item_type import (
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType,
    )
    from .root_type_for_deposit_operation_response_data_types_meta_type_0 import (
        RootTypeForDepositOperationResponseDataTypesMetaType0,
    )
    from .root_type_for_email_clients_by_filter_request_data_types import (
        RootTypeForEmailClientsByFilterRequestDataTypes,
    )
    from .root_type_for_email_clients_by_id_request_data_types import RootTypeForEmailClientsByIdRequestDataTypes
    from .root_type_for_finance_transaction_request_data_types import RootTypeForFinanceTransactionRequestDataTypes
    from .root_type_for_finance_transaction_response_data_types import RootTypeForFinanceTransactionResponseDataTypes
    from .root_type_for_finance_transaction_response_data_types_data import (
        RootTypeForFinanceTransactionResponseDataTypesData,
    )
    from .root_type_for_finance_transaction_response_data_types_data_account import (
        RootTypeForFinanceTransactionResponseDataTypesDataAccount,
    )
    from .root_type_for_finance_transaction_response_data_types_data_client import (
        RootTypeForFinanceTransactionResponseDataTypesDataClient,
    )
    from .root_type_for_finance_transaction_response_data_types_data_expense import (
        RootTypeForFinanceTransactionResponseDataTypesDataExpense,
    )
    from .root_type_for_finance_transaction_response_data_types_data_master import (
        RootTypeForFinanceTransactionResponseDataTypesDataMaster,
    )
    from .root_type_for_finance_transaction_response_data_types_data_supplier_item import (
        RootTypeForFinanceTransactionResponseDataTypesDataSupplierItem,
    )
    from .root_type_for_finance_transaction_response_data_types_meta_type_0 import (
        RootTypeForFinanceTransactionResponseDataTypesMetaType0,
    )
    from .root_type_for_fiscalization_request_data_types import RootTypeForFiscalizationRequestDataTypes
    from .root_type_for_fiscalization_request_data_types_cashier import RootTypeForFiscalizationRequestDataTypesCashier
    from .root_type_for_fiscalization_request_data_types_customer import (
        RootTypeForFiscalizationRequestDataTypesCustomer,
    )
    from .root_type_for_fiscalization_request_data_types_payments_item import (
        RootTypeForFiscalizationRequestDataTypesPaymentsItem,
    )
    from .root_type_for_fiscalization_request_data_types_pos import RootTypeForFiscalizationRequestDataTypesPos
    from .root_type_for_fiscalization_request_data_types_positions_item import (
        RootTypeForFiscalizationRequestDataTypesPositionsItem,
    )
    from .root_type_for_fiscalization_request_data_types_type import RootTypeForFiscalizationRequestDataTypesType
    from .root_type_for_good_company_response_409_data_type import RootTypeForGoodCompanyResponse409DataType
    from .root_type_for_good_company_response_409_data_type_meta import RootTypeForGoodCompanyResponse409DataTypeMeta
    from .root_type_for_goods_categories_request_data_types import RootTypeForGoodsCategoriesRequestDataTypes
    from .root_type_for_goods_categories_response_200_data_types import RootTypeForGoodsCategoriesResponse200DataTypes
    from .root_type_for_goods_categories_response_200_data_types_data_item import (
        RootTypeForGoodsCategoriesResponse200DataTypesDataItem,
    )
    from .root_type_for_goods_categories_response_200_data_types_meta import (
        RootTypeForGoodsCategoriesResponse200DataTypesMeta,
    )
    from .root_type_for_goods_categories_response_201_data_types import RootTypeForGoodsCategoriesResponse201DataTypes
    from .root_type_for_goods_categories_response_201_data_types_data import (
        RootTypeForGoodsCategoriesResponse201DataTypesData,
    )
    from .root_type_for_goods_categories_response_201_data_types_meta_type_0 import (
        RootTypeForGoodsCategoriesResponse201DataTypesMetaType0,
    )
    from .root_type_for_goods_category_node_response_200_data_types import (
        RootTypeForGoodsCategoryNodeResponse200DataTypes,
    )
    from .root_type_for_goods_category_node_response_200_data_types_data import (
        RootTypeForGoodsCategoryNodeResponse200DataTypesData,
    )
    from .root_type_for_goods_category_node_response_200_data_types_data_children_item import (
        RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem,
    )
    from .root_type_for_goods_company_response_422_data_type import RootTypeForGoodsCompanyResponse422DataType
    from .root_type_for_goods_company_response_422_data_type_meta import RootTypeForGoodsCompanyResponse422DataTypeMeta
    from .root_type_for_goods_company_response_422_data_type_meta_errors_item import (
        RootTypeForGoodsCompanyResponse422DataTypeMetaErrorsItem,
    )
    from .root_type_for_goods_search_response_200_data_types import RootTypeForGoodsSearchResponse200DataTypes
    from .root_type_for_goods_search_response_200_data_types_data_item import (
        RootTypeForGoodsSearchResponse200DataTypesDataItem,
    )
    from .root_type_for_goods_search_response_200_data_types_meta import RootTypeForGoodsSearchResponse200DataTypesMeta
    from .root_type_for_group_groupid_clients_response_data_types import RootTypeForGroupGroupidClientsResponseDataTypes
    from .root_type_for_group_groupid_clients_response_data_types_400 import (
        RootTypeForGroupGroupidClientsResponseDataTypes400,
    )
    from .root_type_for_group_groupid_clients_response_data_types_400_meta import (
        RootTypeForGroupGroupidClientsResponseDataTypes400Meta,
    )
    from .root_type_for_group_groupid_clients_response_data_types_data import (
        RootTypeForGroupGroupidClientsResponseDataTypesData,
    )
    from .root_type_for_group_groupid_clients_response_data_types_data_clients_item import (
        RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem,
    )
    from .root_type_for_group_groupid_clients_response_data_types_meta_type_0 import (
        RootTypeForGroupGroupidClientsResponseDataTypesMetaType0,
    )
    from .root_type_for_groups_response_data_types import RootTypeForGroupsResponseDataTypes
    from .root_type_for_groups_response_data_types_data_item import RootTypeForGroupsResponseDataTypesDataItem
    from .root_type_for_groups_response_data_types_data_item_access import (
        RootTypeForGroupsResponseDataTypesDataItemAccess,
    )
    from .root_type_for_groups_response_data_types_data_item_companies_item import (
        RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,
    )
    from .root_type_for_groups_response_data_types_meta_type_0 import RootTypeForGroupsResponseDataTypesMetaType0
    from .root_type_for_kkm_transactions_print_response_data_type import RootTypeForKkmTransactionsPrintResponseDataType
    from .root_type_for_kkm_transactions_print_response_data_type_data import (
        RootTypeForKkmTransactionsPrintResponseDataTypeData,
    )
    from .root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item import (
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem,
    )
    from .root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_cashier import (
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemCashier,
    )
    from .root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_document import (
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemDocument,
    )
    from .root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_status import (
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemStatus,
    )
    from .root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_type import (
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemType,
    )
    from .root_type_for_kkm_transactions_print_response_data_type_meta_type_0 import (
        RootTypeForKkmTransactionsPrintResponseDataTypeMetaType0,
    )
    from .root_type_for_kkm_transactions_response_data_type import RootTypeForKkmTransactionsResponseDataType
    from .root_type_for_kkm_transactions_response_data_type_data_item import (
        RootTypeForKkmTransactionsResponseDataTypeDataItem,
    )
    from .root_type_for_kkm_transactions_response_data_type_data_item_cashier import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemCashier,
    )
    from .root_type_for_kkm_transactions_response_data_type_data_item_document import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemDocument,
    )
    from .root_type_for_kkm_transactions_response_data_type_data_item_status import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemStatus,
    )
    from .root_type_for_kkm_transactions_response_data_type_data_item_type import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemType,
    )
    from .root_type_for_kkm_transactions_response_data_type_meta import RootTypeForKkmTransactionsResponseDataTypeMeta
    from .root_type_for_notification_settings_notification_types_data_type import (
        RootTypeForNotificationSettingsNotificationTypesDataType,
    )
    from .root_type_for_notification_settings_notification_types_data_type_data_item import (
        RootTypeForNotificationSettingsNotificationTypesDataTypeDataItem,
    )
    from .root_type_for_notification_settings_notification_types_data_type_data_item_channels import (
        RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels,
    )
    from .root_type_for_notification_settings_notification_types_data_type_meta import (
        RootTypeForNotificationSettingsNotificationTypesDataTypeMeta,
    )
    from .root_type_for_notification_settings_users_data_type import RootTypeForNotificationSettingsUsersDataType
    from .root_type_for_notification_settings_users_data_type_data import (
        RootTypeForNotificationSettingsUsersDataTypeData,
    )
    from .root_type_for_notification_settings_users_data_type_data_notification_types_item import (
        RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem,
    )
    from .root_type_for_notification_settings_users_data_type_data_notification_types_item_channels import (
        RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItemChannels,
    )
    from .root_type_for_notification_settings_users_data_type_meta_type_0 import (
        RootTypeForNotificationSettingsUsersDataTypeMetaType0,
    )
    from .root_type_for_notification_settings_users_request_data_type import (
        RootTypeForNotificationSettingsUsersRequestDataType,
    )
    from .root_type_for_notification_settings_users_request_data_type_notification_types_item import (
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem,
    )
    from .root_type_for_notification_settings_users_request_data_type_notification_types_item_channels import (
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,
    )
    from .root_type_for_notification_settings_users_request_data_type_notification_types_item_type import (
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType,
    )
    from .root_type_for_record_companyid_response_201_data_types import RootTypeForRecordCompanyidResponse201DataTypes
    from .root_type_for_record_companyid_response_201_data_types_data import (
        RootTypeForRecordCompanyidResponse201DataTypesData,
    )
    from .root_type_for_record_companyid_response_201_data_types_data_client import (
        RootTypeForRecordCompanyidResponse201DataTypesDataClient,
    )
    from .root_type_for_record_companyid_response_201_data_types_data_documents_item import (
        RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem,
    )
    from .root_type_for_record_companyid_response_201_data_types_data_services_item import (
        RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem,
    )
    from .root_type_for_record_companyid_response_201_data_types_data_staff import (
        RootTypeForRecordCompanyidResponse201DataTypesDataStaff,
    )
    from .root_type_for_record_companyid_response_201_data_types_meta_type_0 import (
        RootTypeForRecordCompanyidResponse201DataTypesMetaType0,
    )
    from .root_type_for_resources_companyid_data_types import RootTypeForResourcesCompanyidDataTypes
    from .root_type_for_resources_companyid_data_types_data_item import RootTypeForResourcesCompanyidDataTypesDataItem
    from .root_type_for_resources_companyid_data_types_data_item_instances_item import (
        RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,
    )
    from .root_type_for_resources_companyid_data_types_meta import RootTypeForResourcesCompanyidDataTypesMeta
    from .root_type_for_service_categories_companyid_request_data_types import (
        RootTypeForServiceCategoriesCompanyidRequestDataTypes,
    )
    from .root_type_for_service_categories_companyid_response_data_types import (
        RootTypeForServiceCategoriesCompanyidResponseDataTypes,
    )
    from .root_type_for_service_categories_companyid_response_data_types_data import (
        RootTypeForServiceCategoriesCompanyidResponseDataTypesData,
    )
    from .root_type_for_service_categories_companyid_response_data_types_meta_type_0 import (
        RootTypeForServiceCategoriesCompanyidResponseDataTypesMetaType0,
    )
    from .root_type_for_service_category_title import RootTypeForServiceCategoryTitle
    from .root_type_for_service_title import RootTypeForServiceTitle
    from .root_type_for_services_change_companyid_request_data_types import (
        RootTypeForServicesChangeCompanyidRequestDataTypes,
    )
    from .root_type_for_services_change_companyid_request_data_types_staff_item import (
        RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,
    )
    from .root_type_for_services_change_companyid_response_data_types import (
        RootTypeForServicesChangeCompanyidResponseDataTypes,
    )
    from .root_type_for_services_change_companyid_response_data_types_data import (
        RootTypeForServicesChangeCompanyidResponseDataTypesData,
    )
    from .root_type_for_services_change_companyid_response_data_types_data_image_group_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem,
    )
    from .root_type_for_services_change_companyid_response_data_types_data_resources_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem,
    )
    from .root_type_for_services_change_companyid_response_data_types_data_staff_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem,
    )
    from .root_type_for_services_change_companyid_response_data_types_meta_type_0 import (
        RootTypeForServicesChangeCompanyidResponseDataTypesMetaType0,
    )
    from .root_type_for_services_companyid_request_data_types import RootTypeForServicesCompanyidRequestDataTypes
    from .root_type_for_services_companyid_request_data_types_staff_item import (
        RootTypeForServicesCompanyidRequestDataTypesStaffItem,
    )
    from .root_type_for_services_companyid_response_data_types import RootTypeForServicesCompanyidResponseDataTypes
    from .root_type_for_services_companyid_response_data_types_data import (
        RootTypeForServicesCompanyidResponseDataTypesData,
    )
    from .root_type_for_services_companyid_response_data_types_data_staff_item import (
        RootTypeForServicesCompanyidResponseDataTypesDataStaffItem,
    )
    from .root_type_for_services_companyid_response_data_types_meta_type_0 import (
        RootTypeForServicesCompanyidResponseDataTypesMetaType0,
    )
    from .root_type_for_sms_clients_by_filter_request_data_types import RootTypeForSmsClientsByFilterRequestDataTypes
    from .root_type_for_sms_clients_by_id_request_data_types import RootTypeForSmsClientsByIdRequestDataTypes
    from .root_type_for_sms_clients_by_id_response_data_types import RootTypeForSmsClientsByIdResponseDataTypes
    from .root_type_for_sms_clients_by_id_response_data_types_meta import RootTypeForSmsClientsByIdResponseDataTypesMeta
    from .root_type_for_staff_companyid_request_data_types import RootTypeForStaffCompanyidRequestDataTypes
    from .root_type_for_storage_operation_documents_request_data_types import (
        RootTypeForStorageOperationDocumentsRequestDataTypes,
    )
    from .root_type_for_storage_operation_documents_response_data_types import (
        RootTypeForStorageOperationDocumentsResponseDataTypes,
    )
    from .root_type_for_storage_operation_documents_response_data_types_data import (
        RootTypeForStorageOperationDocumentsResponseDataTypesData,
    )
    from .root_type_for_storage_operation_documents_response_data_types_data_company import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany,
    )
    from .root_type_for_storage_operation_documents_response_data_types_data_company_phones_item import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem,
    )
    from .root_type_for_storage_operation_documents_response_data_types_data_storage import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage,
    )
    from .root_type_for_storage_operation_documents_response_data_types_data_type import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataType,
    )
    from .root_type_for_storage_operation_documents_response_data_types_data_user import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataUser,
    )
    from .root_type_for_storage_operation_documents_response_data_types_meta_type_0 import (
        RootTypeForStorageOperationDocumentsResponseDataTypesMetaType0,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypes,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types_data_item import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types_data_item_account import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemAccount,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types_data_item_client import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemClient,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types_data_item_expense import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemExpense,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types_data_item_master_item import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemMasterItem,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types_data_item_supplier_item import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemSupplierItem,
    )
    from .root_type_for_storage_operation_finance_transaction_response_data_types_meta_type_0 import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0,
    )
    from .root_type_for_storage_operation_good_transaction_request_data_types import (
        RootTypeForStorageOperationGoodTransactionRequestDataTypes,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypes,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesData,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_0_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_1 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_good import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_actual_amounts_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_goods_marks_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_0_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_1 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_sale_unit_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_service_unit_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_storage import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_supplier_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_type import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_data_unit import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit,
    )
    from .root_type_for_storage_operation_good_transaction_response_200_data_types_meta_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0,
    )
    from .root_type_for_storage_operation_good_transaction_response_data_types import (
        RootTypeForStorageOperationGoodTransactionResponseDataTypes,
    )
    from .root_type_for_storage_operation_good_transaction_response_data_types_data_item import (
        RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem,
    )
    from .root_type_for_storage_operation_good_transaction_response_data_types_meta import (
        RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta,
    )
    from .root_type_for_storage_operation_operation_request_data_types import (
        RootTypeForStorageOperationOperationRequestDataTypes,
    )
    from .root_type_for_storage_operation_operation_request_data_types_goods_transactions_item import (
        RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem,
    )
    from .root_type_for_storage_operation_operation_response_data_types import (
        RootTypeForStorageOperationOperationResponseDataTypes,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data import (
        RootTypeForStorageOperationOperationResponseDataTypesData,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_document import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocument,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_document_company import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_document_company_phones_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_document_storage import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_document_type import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_document_user import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item_client_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item_good import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item_master_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item_storage import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item_supplier_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item_type import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType,
    )
    from .root_type_for_storage_operation_operation_response_data_types_data_transactions_item_unit import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit,
    )
    from .root_type_for_storage_operation_operation_response_data_types_meta_type_0 import (
        RootTypeForStorageOperationOperationResponseDataTypesMetaType0,
    )
    from .root_type_for_storage_response_data_types import RootTypeForStorageResponseDataTypes
    from .root_type_for_storage_response_data_types_data_item import RootTypeForStorageResponseDataTypesDataItem
    from .root_type_for_storage_response_data_types_meta_type_0 import RootTypeForStorageResponseDataTypesMetaType0
    from .root_type_for_storages_transaction_response_data_types import RootTypeForStoragesTransactionResponseDataTypes
    from .root_type_for_storages_transaction_response_data_types_data_item import (
        RootTypeForStoragesTransactionResponseDataTypesDataItem,
    )
    from .root_type_for_storages_transaction_response_data_types_data_item_clients import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemClients,
    )
    from .root_type_for_storages_transaction_response_data_types_data_item_good import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemGood,
    )
    from .root_type_for_storages_transaction_response_data_types_data_item_master import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemMaster,
    )
    from .root_type_for_storages_transaction_response_data_types_data_item_service import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemService,
    )
    from .root_type_for_storages_transaction_response_data_types_data_item_storage import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemStorage,
    )
    from .root_type_for_storages_transaction_response_data_types_data_item_supplier import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier,
    )
    from .root_type_for_storages_transaction_response_data_types_data_item_unit import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemUnit,
    )
    from .root_type_for_storages_transaction_response_data_types_meta_type_0 import (
        RootTypeForStoragesTransactionResponseDataTypesMetaType0,
    )
    from .root_type_for_tags_company_entity import RootTypeForTagsCompanyEntity
    from .root_type_for_tags_company_entity_data_item import RootTypeForTagsCompanyEntityDataItem
    from .root_type_for_tags_company_entity_meta_type_0 import RootTypeForTagsCompanyEntityMetaType0
    from .root_type_for_tags_create_response_200_data_types import RootTypeForTagsCreateResponse200DataTypes
    from .root_type_for_tags_create_response_200_data_types_data import RootTypeForTagsCreateResponse200DataTypesData
    from .root_type_for_tags_create_response_200_data_types_meta_type_0 import (
        RootTypeForTagsCreateResponse200DataTypesMetaType0,
    )
    from .root_type_for_tags_update_request_data_types import RootTypeForTagsUpdateRequestDataTypes
    from .root_type_for_tax_system_response_data_types import RootTypeForTaxSystemResponseDataTypes
    from .root_type_for_tax_system_response_data_types_data_item import RootTypeForTaxSystemResponseDataTypesDataItem
    from .root_type_for_tax_system_response_data_types_data_item_vats_item import (
        RootTypeForTaxSystemResponseDataTypesDataItemVatsItem,
    )
    from .root_type_for_tax_system_response_data_types_meta import RootTypeForTaxSystemResponseDataTypesMeta
    from .root_type_for_technological_cards_consumables_response_200_data_types import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypes,
    )
    from .root_type_for_technological_cards_consumables_response_200_data_types_data_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItem,
    )
    from .root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem,
    )
    from .root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item_good import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,
    )
    from .root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem,
    )
    from .root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
    )
    from .root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item_good import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItemGood,
    )
    from .root_type_for_technological_cards_consumables_response_200_data_types_meta_type_0 import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesMetaType0,
    )
    from .root_type_for_technological_cards_consumables_response_200_delete_data_types import (
        RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes,
    )
    from .root_type_for_technological_cards_consumables_response_200_delete_data_types_data_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem,
    )
    from .root_type_for_technological_cards_consumables_response_200_delete_data_types_data_item_consumables_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItemConsumablesItem,
    )
    from .root_type_for_technological_cards_consumables_response_200_delete_data_types_data_item_technological_cards_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItemTechnologicalCardsItem,
    )
    from .root_type_for_technological_cards_consumables_response_200_delete_data_types_meta import (
        RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesMeta,
    )
    from .root_type_for_technological_cards_response_200_data_types import (
        RootTypeForTechnologicalCardsResponse200DataTypes,
    )
    from .root_type_for_technological_cards_response_200_data_types_data_type_0 import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType0,
    )
    from .root_type_for_technological_cards_response_200_data_types_data_type_0_technological_card_items_item import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem,
    )
    from .root_type_for_technological_cards_response_200_data_types_data_type_1_item import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item,
    )
    from .root_type_for_technological_cards_response_200_data_types_data_type_1_item_technological_card_items_item import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType1ItemTechnologicalCardItemsItem,
    )
    from .root_type_for_technological_cards_response_200_data_types_meta_type_0 import (
        RootTypeForTechnologicalCardsResponse200DataTypesMetaType0,
    )
    from .root_type_for_tips_setting_response_data_types import RootTypeForTipsSettingResponseDataTypes
    from .root_type_for_tips_setting_response_data_types_data_item import (
        RootTypeForTipsSettingResponseDataTypesDataItem,
    )
    from .root_type_for_tips_setting_response_data_types_data_item_staff import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaff,
    )
    from .root_type_for_tips_setting_response_data_types_data_item_staff_employee import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee,
    )
    from .root_type_for_tips_setting_response_data_types_data_item_staff_position import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition,
    )
    from .root_type_for_tips_setting_response_data_types_data_item_staff_user import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffUser,
    )
    from .root_type_for_tips_setting_response_data_types_meta import RootTypeForTipsSettingResponseDataTypesMeta
    from .root_type_for_transaction_companyid_response_data_types import (
        RootTypeForTransactionCompanyidResponseDataTypes,
    )
    from .root_type_for_transaction_companyid_response_data_types_data_item import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItem,
    )
    from .root_type_for_transaction_companyid_response_data_types_data_item_account import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount,
    )
    from .root_type_for_transaction_companyid_response_data_types_data_item_client import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemClient,
    )
    from .root_type_for_transaction_companyid_response_data_types_data_item_expense import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense,
    )
    from .root_type_for_transaction_companyid_response_data_types_data_item_master import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster,
    )
    from .root_type_for_transaction_companyid_response_data_types_data_item_supplier import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier,
    )
    from .root_type_for_transaction_companyid_response_data_types_meta_type_0 import (
        RootTypeForTransactionCompanyidResponseDataTypesMetaType0,
    )
    from .root_type_for_user_invite_response_data_types import RootTypeForUserInviteResponseDataTypes
    from .root_type_for_user_invite_response_data_types_meta import RootTypeForUserInviteResponseDataTypesMeta
    from .root_type_for_user_permissions_response_data_types import RootTypeForUserPermissionsResponseDataTypes
    from .root_type_for_user_permissions_response_data_types_data import RootTypeForUserPermissionsResponseDataTypesData
    from .root_type_for_user_permissions_response_data_types_data_clients import (
        RootTypeForUserPermissionsResponseDataTypesDataClients,
    )
    from .root_type_for_user_permissions_response_data_types_data_comers import (
        RootTypeForUserPermissionsResponseDataTypesDataComers,
    )
    from .root_type_for_user_permissions_response_data_types_data_dashboard import (
        RootTypeForUserPermissionsResponseDataTypesDataDashboard,
    )
    from .root_type_for_user_permissions_response_data_types_data_finances import (
        RootTypeForUserPermissionsResponseDataTypesDataFinances,
    )
    from .root_type_for_user_permissions_response_data_types_data_finances_finances_accounts_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem,
    )
    from .root_type_for_user_permissions_response_data_types_data_finances_finances_expenses_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem,
    )
    from .root_type_for_user_permissions_response_data_types_data_loyalty import (
        RootTypeForUserPermissionsResponseDataTypesDataLoyalty,
    )
    from .root_type_for_user_permissions_response_data_types_data_notification import (
        RootTypeForUserPermissionsResponseDataTypesDataNotification,
    )
    from .root_type_for_user_permissions_response_data_types_data_online_record import (
        RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord,
    )
    from .root_type_for_user_permissions_response_data_types_data_other import (
        RootTypeForUserPermissionsResponseDataTypesDataOther,
    )
    from .root_type_for_user_permissions_response_data_types_data_other_auth_list_allowed_ip_item import (
        RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem,
    )
    from .root_type_for_user_permissions_response_data_types_data_record_form import (
        RootTypeForUserPermissionsResponseDataTypesDataRecordForm,
    )
    from .root_type_for_user_permissions_response_data_types_data_security import (
        RootTypeForUserPermissionsResponseDataTypesDataSecurity,
    )
    from .root_type_for_user_permissions_response_data_types_data_settings import (
        RootTypeForUserPermissionsResponseDataTypesDataSettings,
    )
    from .root_type_for_user_permissions_response_data_types_data_storages import (
        RootTypeForUserPermissionsResponseDataTypesDataStorages,
    )
    from .root_type_for_user_permissions_response_data_types_data_storages_storages_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem,
    )
    from .root_type_for_user_permissions_response_data_types_data_storages_storages_transactions_types_item import (
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem,
    )
    from .root_type_for_user_permissions_response_data_types_data_timetable import (
        RootTypeForUserPermissionsResponseDataTypesDataTimetable,
    )
    from .root_type_for_user_permissions_response_data_types_meta_type_0 import (
        RootTypeForUserPermissionsResponseDataTypesMetaType0,
    )
    from .root_type_for_visit_details_data_types import RootTypeForVisitDetailsDataTypes
    from .root_type_for_visit_details_data_types_data import RootTypeForVisitDetailsDataTypesData
    from .root_type_for_visit_details_data_types_data_items_item import RootTypeForVisitDetailsDataTypesDataItemsItem
    from .root_type_for_visit_details_data_types_data_kkm_transaction_details_container import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer,
    )
    from .root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem,
    )
    from .root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_cashier import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier,
    )
    from .root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_document import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument,
    )
    from .root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_status import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus,
    )
    from .root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_type import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType,
    )
    from .root_type_for_visit_details_data_types_data_loyalty_transactions_item import (
        RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem,
    )
    from .root_type_for_visit_details_data_types_data_loyalty_transactions_item_type import (
        RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItemType,
    )
    from .root_type_for_visit_details_data_types_data_payment_transactions_item import (
        RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem,
    )
    from .root_type_for_visit_details_data_types_data_payment_transactions_item_account import (
        RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemAccount,
    )
    from .root_type_for_visit_details_data_types_data_payment_transactions_item_client import (
        RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemClient,
    )
    from .root_type_for_visit_details_data_types_data_payment_transactions_item_expense import (
        RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemExpense,
    )
    from .root_type_for_visit_details_data_types_data_payment_transactions_item_master_item import (
        RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemMasterItem,
    )
    from .root_type_for_visit_details_data_types_data_payment_transactions_item_supplier_item import (
        RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemSupplierItem,
    )
    from .root_type_for_visit_details_data_types_meta_type_0 import RootTypeForVisitDetailsDataTypesMetaType0
    from .root_type_for_visits_visitid_data_types import RootTypeForVisitsVisitidDataTypes
    from .root_type_for_visits_visitid_data_types_data import RootTypeForVisitsVisitidDataTypesData
    from .root_type_for_visits_visitid_data_types_data_records_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItem,
    )
    from .root_type_for_visits_visitid_data_types_data_records_item_client import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemClient,
    )
    from .root_type_for_visits_visitid_data_types_data_records_item_documents_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem,
    )
    from .root_type_for_visits_visitid_data_types_data_records_item_events_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem,
    )
    from .root_type_for_visits_visitid_data_types_data_records_item_goods_transactions_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem,
    )
    from .root_type_for_visits_visitid_data_types_data_records_item_services_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem,
    )
    from .root_type_for_visits_visitid_data_types_data_records_item_staff import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff,
    )
    from .root_type_for_visits_visitid_data_types_data_records_item_staff_position import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition,
    )
    from .root_type_for_visits_visitid_data_types_meta_type_0 import RootTypeForVisitsVisitidDataTypesMetaType0
    from .root_type_for_visits_visitid_recordid_request_data_types import (
        RootTypeForVisitsVisitidRecordidRequestDataTypes,
    )
    from .root_type_for_visits_visitid_recordid_request_data_types_deleted_transaction_ids_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem,
    )
    from .root_type_for_visits_visitid_recordid_request_data_types_goods_transactions_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
    )
    from .root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem,
    )
    from .root_type_for_visits_visitid_recordid_request_data_types_services_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem,
    )
    from .root_type_for_z_report_response_data_types import RootTypeForZReportResponseDataTypes
    from .root_type_for_z_report_response_data_types_data import RootTypeForZReportResponseDataTypesData
    from .root_type_for_z_report_response_data_types_data_paids import RootTypeForZReportResponseDataTypesDataPaids
    from .root_type_for_z_report_response_data_types_data_paids_accounts_item import (
        RootTypeForZReportResponseDataTypesDataPaidsAccountsItem,
    )
    from .root_type_for_z_report_response_data_types_data_paids_discount_item import (
        RootTypeForZReportResponseDataTypesDataPaidsDiscountItem,
    )
    from .root_type_for_z_report_response_data_types_data_paids_total import (
        RootTypeForZReportResponseDataTypesDataPaidsTotal,
    )
    from .root_type_for_z_report_response_data_types_data_stats import RootTypeForZReportResponseDataTypesDataStats
    from .root_type_for_z_report_response_data_types_data_z_data import RootTypeForZReportResponseDataTypesDataZData
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem,
    )
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem,
    )
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem,
    )
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item_transactions_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem,
    )
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers,
    )
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others_transactions_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem,
    )
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_service_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem,
    )
    from .root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_service_item_transactions_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItemTransactionsItem,
    )
    from .root_type_for_z_report_response_data_types_meta_type_0 import RootTypeForZReportResponseDataTypesMetaType0
    from .salary_balance_object import SalaryBalanceObject
    from .salary_calculation_item_object import SalaryCalculationItemObject
    from .salary_calculation_item_target_object import SalaryCalculationItemTargetObject
    from .salary_calculation_item_target_rule_object import SalaryCalculationItemTargetRuleObject
    from .salary_calculation_object import SalaryCalculationObject
    from .salary_calculation_object_with_details import SalaryCalculationObjectWithDetails
    from .salary_scheme_object import SalarySchemeObject
    from .salary_scheme_object_salary_scheme import SalarySchemeObjectSalaryScheme
    from .salary_schemes_count import SalarySchemesCount
    from .salary_totals import SalaryTotals
    from .sale_document_response import SaleDocumentResponse
    from .sale_document_response_data import SaleDocumentResponseData
    from .sale_document_response_data_kkm_state import SaleDocumentResponseDataKkmState
    from .sale_document_response_data_kkm_state_transactions_item import (
        SaleDocumentResponseDataKkmStateTransactionsItem,
    )
    from .sale_document_response_data_kkm_state_transactions_item_cashier import (
        SaleDocumentResponseDataKkmStateTransactionsItemCashier,
    )
    from .sale_document_response_data_kkm_state_transactions_item_document import (
        SaleDocumentResponseDataKkmStateTransactionsItemDocument,
    )
    from .sale_document_response_data_kkm_state_transactions_item_status import (
        SaleDocumentResponseDataKkmStateTransactionsItemStatus,
    )
    from .sale_document_response_data_kkm_state_transactions_item_type import (
        SaleDocumentResponseDataKkmStateTransactionsItemType,
    )
    from .sale_document_response_data_payment_methods_item import SaleDocumentResponseDataPaymentMethodsItem
    from .sale_document_response_data_payment_methods_item_account import (
        SaleDocumentResponseDataPaymentMethodsItemAccount,
    )
    from .sale_document_response_data_state import SaleDocumentResponseDataState
    from .sale_document_response_data_state_items_item import SaleDocumentResponseDataStateItemsItem
    from .sale_document_response_data_state_loyalty_transactions_item import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItem,
    )
    from .sale_document_response_data_state_loyalty_transactions_item_chain import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemChain,
    )
    from .sale_document_response_data_state_loyalty_transactions_item_deposit import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit,
    )
    from .sale_document_response_data_state_loyalty_transactions_item_deposit_type import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType,
    )
    from .sale_document_response_data_state_loyalty_transactions_item_type import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemType,
    )
    from .sale_document_response_data_state_payment_transactions_item import (
        SaleDocumentResponseDataStatePaymentTransactionsItem,
    )
    from .sale_document_response_data_state_payment_transactions_item_account import (
        SaleDocumentResponseDataStatePaymentTransactionsItemAccount,
    )
    from .sale_document_response_data_state_payment_transactions_item_expense import (
        SaleDocumentResponseDataStatePaymentTransactionsItemExpense,
    )
    from .sale_document_response_meta_type_0 import SaleDocumentResponseMetaType0
    from .schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
    from .schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )
    from .search_client_visits_body import SearchClientVisitsBody
    from .search_client_visits_body_attendance_type_1 import SearchClientVisitsBodyAttendanceType1
    from .search_client_visits_body_attendance_type_2_type_1 import SearchClientVisitsBodyAttendanceType2Type1
    from .search_client_visits_body_attendance_type_3_type_1 import SearchClientVisitsBodyAttendanceType3Type1
    from .search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem
    from .search_client_visits_response_200 import SearchClientVisitsResponse200
    from .search_event_dates_response_200 import SearchEventDatesResponse200
    from .search_event_dates_response_200_meta_type_0 import SearchEventDatesResponse200MetaType0
    from .search_memberships_for_event_response_200 import SearchMembershipsForEventResponse200
    from .search_memberships_for_event_response_200_data_item import SearchMembershipsForEventResponse200DataItem
    from .search_memberships_for_event_response_200_data_item_attributes import (
        SearchMembershipsForEventResponse200DataItemAttributes,
    )
    from .search_memberships_for_event_response_200_data_item_relationships import (
        SearchMembershipsForEventResponse200DataItemRelationships,
    )
    from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
    )
    from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
    )
    from .search_memberships_for_event_response_200_included_item import (
        SearchMembershipsForEventResponse200IncludedItem,
    )
    from .search_team_member_calculation_daily_salary_response_200 import (
        SearchTeamMemberCalculationDailySalaryResponse200,
    )
    from .search_team_member_calculation_salary_response_200 import SearchTeamMemberCalculationSalaryResponse200
    from .search_team_member_payroll_calculation_response_200 import SearchTeamMemberPayrollCalculationResponse200
    from .search_team_member_period_daily_salary_response_200 import SearchTeamMemberPeriodDailySalaryResponse200
    from .search_team_member_period_salary_response_200 import SearchTeamMemberPeriodSalaryResponse200
    from .search_timetable_event_schedules_by_event_entity_type import SearchTimetableEventSchedulesByEventEntityType
    from .search_timetable_event_schedules_by_event_include_item import SearchTimetableEventSchedulesByEventIncludeItem
    from .search_timetable_event_schedules_by_event_response_200 import SearchTimetableEventSchedulesByEventResponse200
    from .service import Service
    from .service_list_response import ServiceListResponse
    from .service_list_response_meta_type_0 import ServiceListResponseMetaType0
    from .service_response import ServiceResponse
    from .service_response_data_type_0 import ServiceResponseDataType0
    from .service_response_data_type_0_staff_item import ServiceResponseDataType0StaffItem
    from .service_response_data_type_1_item import ServiceResponseDataType1Item
    from .service_response_data_type_1_item_staff_item import ServiceResponseDataType1ItemStaffItem
    from .service_response_meta_type_0 import ServiceResponseMetaType0
    from .set_team_member_schedule_body import SetTeamMemberScheduleBody
    from .set_team_member_schedule_body_schedules_to_delete_item import SetTeamMemberScheduleBodySchedulesToDeleteItem
    from .set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem
    from .set_team_member_schedule_body_schedules_to_set_item_slots_item import (
        SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,
    )
    from .set_team_member_schedule_response_200 import SetTeamMemberScheduleResponse200
    from .set_team_member_schedule_response_200_data_item import SetTeamMemberScheduleResponse200DataItem
    from .set_team_member_schedule_response_200_data_item_slots_item import (
        SetTeamMemberScheduleResponse200DataItemSlotsItem,
    )
    from .set_team_member_schedule_response_200_meta import SetTeamMemberScheduleResponse200Meta
    from .staff_position_type_0 import StaffPositionType0
    from .subscription_type import SubscriptionType
    from .subscription_type_availability_item import SubscriptionTypeAvailabilityItem
    from .subscription_type_availability_item_intervals_item import SubscriptionTypeAvailabilityItemIntervalsItem
    from .subscription_type_balance_container import SubscriptionTypeBalanceContainer
    from .subscription_type_balance_container_links_item import SubscriptionTypeBalanceContainerLinksItem
    from .subscription_type_balance_container_links_item_category import (
        SubscriptionTypeBalanceContainerLinksItemCategory,
    )
    from .subscription_type_balance_container_links_item_category_category_type_0_item import (
        SubscriptionTypeBalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .subscription_type_balance_container_links_item_category_category_type_1 import (
        SubscriptionTypeBalanceContainerLinksItemCategoryCategoryType1,
    )
    from .subscription_type_balance_container_links_item_service import SubscriptionTypeBalanceContainerLinksItemService
    from .subscription_type_balance_container_links_item_service_category import (
        SubscriptionTypeBalanceContainerLinksItemServiceCategory,
    )
    from .subscription_type_balance_container_links_item_service_category_category_type_0_item import (
        SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .subscription_type_balance_container_links_item_service_category_category_type_1 import (
        SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .subscription_type_category_type_0 import SubscriptionTypeCategoryType0
    from .team_member import TeamMember
    from .team_member_image_group_item import TeamMemberImageGroupItem
    from .team_member_list_response import TeamMemberListResponse
    from .team_member_list_response_meta_type_0 import TeamMemberListResponseMetaType0
    from .team_member_position_type_0 import TeamMemberPositionType0
    from .team_member_response import TeamMemberResponse
    from .team_member_response_data_type_0 import TeamMemberResponseDataType0
    from .team_member_response_data_type_0_position_type_0 import TeamMemberResponseDataType0PositionType0
    from .team_member_response_data_type_1_item import TeamMemberResponseDataType1Item
    from .team_member_response_data_type_1_item_position_type_0 import TeamMemberResponseDataType1ItemPositionType0
    from .team_member_response_meta_type_0 import TeamMemberResponseMetaType0
    from .team_member_user_item import TeamMemberUserItem
    from .the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,
    )
    from .the_object_of_the_model_sale_of_goods_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,
    )
    from .the_object_of_the_model_sold_product_in_the_history_of_customer_visits import (
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
    )
    from .total_tip_model_object import TotalTipModelObject
    from .unlink_appointment_service_association_body_item import UnlinkAppointmentServiceAssociationBodyItem
    from .update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
    from .update_client_body import UpdateClientBody
    from .update_client_body_custom_fields import UpdateClientBodyCustomFields
    from .update_client_response_200 import UpdateClientResponse200
    from .update_client_response_200_data import UpdateClientResponse200Data
    from .update_client_response_200_data_custom_fields import UpdateClientResponse200DataCustomFields
    from .update_client_response_200_meta_type_0 import UpdateClientResponse200MetaType0
    from .update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
    from .update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem
    from .update_event_duplication_strategy_response_200 import UpdateEventDuplicationStrategyResponse200
    from .update_event_duplication_strategy_response_200_data import UpdateEventDuplicationStrategyResponse200Data
    from .update_event_duplication_strategy_response_200_data_repeat_mode import (
        UpdateEventDuplicationStrategyResponse200DataRepeatMode,
    )
    from .update_event_duplication_strategy_response_200_meta_type_0 import (
        UpdateEventDuplicationStrategyResponse200MetaType0,
    )
    from .update_service_links_body import UpdateServiceLinksBody
    from .update_service_links_body_team_member_settings_item import UpdateServiceLinksBodyTeamMemberSettingsItem
    from .update_service_links_body_team_member_settings_item_price_type_0 import (
        UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
    )
    from .update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem
    from .update_service_links_response_200 import UpdateServiceLinksResponse200
    from .update_service_links_response_200_data import UpdateServiceLinksResponse200Data
    from .update_service_links_response_200_meta_type_0 import UpdateServiceLinksResponse200MetaType0
    from .update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
    from .update_service_team_member_assignment_response_200 import UpdateServiceTeamMemberAssignmentResponse200
    from .update_tag_by_tag_id_response_202 import UpdateTagByTagIdResponse202
    from .update_tag_by_tag_id_response_202_meta import UpdateTagByTagIdResponse202Meta
    from .update_team_member_schedule_body_item import UpdateTeamMemberScheduleBodyItem
    from .update_team_member_schedule_body_item_slots_item import UpdateTeamMemberScheduleBodyItemSlotsItem
    from .update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
    from .update_timetable_client_schedule_response_200 import UpdateTimetableClientScheduleResponse200
    from .update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
    from .update_timetable_event_schedule_response_200 import UpdateTimetableEventScheduleResponse200
    from .update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
    from .update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
    from .update_timetable_schedule_day_response_200 import UpdateTimetableScheduleDayResponse200
    from .update_user_permissions_body import UpdateUserPermissionsBody
    from .update_user_permissions_body_user_role import UpdateUserPermissionsBodyUserRole
    from .update_user_permissions_response_200 import UpdateUserPermissionsResponse200
    from .upload_image_body import UploadImageBody
    from .upload_image_response_200 import UploadImageResponse200
    from .upload_image_response_200_data import UploadImageResponse200Data
    from .upload_image_response_200_meta_type_0 import UploadImageResponse200MetaType0
    from .visit_loyalty_apply_response import VisitLoyaltyApplyResponse
    from .visit_loyalty_apply_response_items_item import VisitLoyaltyApplyResponseItemsItem
    from .visit_loyalty_apply_response_kkm_transaction_details_container import (
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainer,
    )
    from .visit_loyalty_apply_response_kkm_transaction_details_container_transactions_item import (
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem,
    )
    from .visit_loyalty_apply_response_loyalty_transactions_item import VisitLoyaltyApplyResponseLoyaltyTransactionsItem
    from .visit_loyalty_apply_response_loyalty_transactions_item_type import (
        VisitLoyaltyApplyResponseLoyaltyTransactionsItemType,
    )
    from .visit_loyalty_apply_response_payment_transactions_item import VisitLoyaltyApplyResponsePaymentTransactionsItem
    from .visit_loyalty_cancel_response import VisitLoyaltyCancelResponse
    from .visit_loyalty_cancel_response_items_item import VisitLoyaltyCancelResponseItemsItem
    from .visit_loyalty_cancel_response_kkm_transaction_details_container import (
        VisitLoyaltyCancelResponseKkmTransactionDetailsContainer,
    )
    from .visit_loyalty_cancel_response_kkm_transaction_details_container_transactions_item import (
        VisitLoyaltyCancelResponseKkmTransactionDetailsContainerTransactionsItem,
    )
    from .visit_loyalty_cancel_response_loyalty_transactions_item import (
        VisitLoyaltyCancelResponseLoyaltyTransactionsItem,
    )
    from .visit_loyalty_cancel_response_payment_transactions_item import (
        VisitLoyaltyCancelResponsePaymentTransactionsItem,
    )
    from .visit_loyalty_request import VisitLoyaltyRequest
    from .visit_loyalty_transaction import VisitLoyaltyTransaction
    from .visit_loyalty_transaction_program import VisitLoyaltyTransactionProgram
    from .visit_loyalty_transaction_type import VisitLoyaltyTransactionType
    from .visitor_model_object import VisitorModelObject

_MODULE_OF = {
    "AnObjectOfDateBasedPaginationInformation": ".an_object_of_date_based_pagination_information",
    "AnObjectOfDateBasedPaginationInformationDateCursor": ".an_object_of_date_based_pagination_information_date_cursor",
    "AnObjectOfDateBasedPaginationInformationDateCursorCurrent": ".an_object_of_date_based_pagination_information_date_cursor_current",
    "AnObjectOfDateBasedPaginationInformationDateCursorNext": ".an_object_of_date_based_pagination_information_date_cursor_next",
    "AnObjectOfDateBasedPaginationInformationDateCursorPrevious": ".an_object_of_date_based_pagination_information_date_cursor_previous",
    "AnalyticsReportOverallChartDailyRow": ".analytics_report_overall_chart_daily_row",
    "AnalyticsReportOverallChartScalarItem": ".analytics_report_overall_chart_scalar_item",
    "AnalyticsReportOverallStats": ".analytics_report_overall_stats",
    "Appointment": ".appointment",
    "AppointmentClientType0": ".appointment_client_type_0",
    "AppointmentClientType0ClientTagsItem": ".appointment_client_type_0_client_tags_item",
    "AppointmentClientType0CustomFieldsItem": ".appointment_client_type_0_custom_fields_item",
    "AppointmentConsumablesItem": ".appointment_consumables_item",
    "AppointmentCustomFieldsType0": ".appointment_custom_fields_type_0",
    "AppointmentDocumentsItem": ".appointment_documents_item",
    "AppointmentFinanceTransactionsItem": ".appointment_finance_transactions_item",
    "AppointmentGoodsTransactionsItem": ".appointment_goods_transactions_item",
    "AppointmentListResponse": ".appointment_list_response",
    "AppointmentListResponseMeta": ".appointment_list_response_meta",
    "AppointmentRecordLabelsItem": ".appointment_record_labels_item",
    "AppointmentRequest": ".appointment_request",
    "AppointmentRequestClient": ".appointment_request_client",
    "AppointmentRequestCustomFields": ".appointment_request_custom_fields",
    "AppointmentRequestServicesItem": ".appointment_request_services_item",
    "AppointmentResponse": ".appointment_response",
    "AppointmentResponseData": ".appointment_response_data",
    "AppointmentResponseDataClientType0": ".appointment_response_data_client_type_0",
    "AppointmentResponseDataClientType0ClientTagsItem": ".appointment_response_data_client_type_0_client_tags_item",
    "AppointmentResponseDataClientType0CustomFieldsItem": ".appointment_response_data_client_type_0_custom_fields_item",
    "AppointmentResponseDataComerPersonInfoType0": ".appointment_response_data_comer_person_info_type_0",
    "AppointmentResponseDataConsumablesItem": ".appointment_response_data_consumables_item",
    "AppointmentResponseDataCustomFieldsType0": ".appointment_response_data_custom_fields_type_0",
    "AppointmentResponseDataDocumentsItem": ".appointment_response_data_documents_item",
    "AppointmentResponseDataFinanceTransactionsItem": ".appointment_response_data_finance_transactions_item",
    "AppointmentResponseDataFinanceTransactionsItemAccount": ".appointment_response_data_finance_transactions_item_account",
    "AppointmentResponseDataFinanceTransactionsItemClient": ".appointment_response_data_finance_transactions_item_client",
    "AppointmentResponseDataFinanceTransactionsItemExpense": ".appointment_response_data_finance_transactions_item_expense",
    "AppointmentResponseDataFinanceTransactionsItemMasterItem": ".appointment_response_data_finance_transactions_item_master_item",
    "AppointmentResponseDataFinanceTransactionsItemSupplierItem": ".appointment_response_data_finance_transactions_item_supplier_item",
    "AppointmentResponseDataGoodsTransactionsItem": ".appointment_response_data_goods_transactions_item",
    "AppointmentResponseDataRecordLabelsItem": ".appointment_response_data_record_labels_item",
    "AppointmentResponseDataServicesItem": ".appointment_response_data_services_item",
    "AppointmentResponseDataServicesItemAssistantsType0Item": ".appointment_response_data_services_item_assistants_type_0_item",
    "AppointmentResponseDataServicesItemCompanyServiceLink": ".appointment_response_data_services_item_company_service_link",
    "AppointmentResponseDataServicesItemStaffServiceLink": ".appointment_response_data_services_item_staff_service_link",
    "AppointmentResponseDataStaff": ".appointment_response_data_staff",
    "AppointmentResponseDataStaffPosition": ".appointment_response_data_staff_position",
    "AppointmentResponseMetaType0": ".appointment_response_meta_type_0",
    "AppointmentServicesItem": ".appointment_services_item",
    "AppointmentServicesItemAssistantsType0Item": ".appointment_services_item_assistants_type_0_item",
    "AppointmentStaff": ".appointment_staff",
    "AppointmentStaffPosition": ".appointment_staff_position",
    "AssignServiceToTeamMemberBody": ".assign_service_to_team_member_body",
    "AssignServiceToTeamMemberResponse201": ".assign_service_to_team_member_response_201",
    "AuthRequest": ".auth_request",
    "AuthResponse": ".auth_response",
    "AuthResponseMeta": ".auth_response_meta",
    "AuthUser": ".auth_user",
    "BookingFormListResponseDataType": ".booking_form_list_response_data_type",
    "BookingFormListResponseDataTypeMeta": ".booking_form_list_response_data_type_meta",
    "BookingFormResponseDataType": ".booking_form_response_data_type",
    "BookingFormResponseDataTypeMetaType0": ".booking_form_response_data_type_meta_type_0",
    "BulkCreateClientsBodyItem": ".bulk_create_clients_body_item",
    "BulkCreateClientsResponse200": ".bulk_create_clients_response_200",
    "BulkCreateClientsResponse200Data": ".bulk_create_clients_response_200_data",
    "BulkCreateClientsResponse200DataCreatedItem": ".bulk_create_clients_response_200_data_created_item",
    "BulkCreateClientsResponse200DataCreatedItemCategoriesItem": ".bulk_create_clients_response_200_data_created_item_categories_item",
    "BulkCreateClientsResponse200DataErrorsItem": ".bulk_create_clients_response_200_data_errors_item",
    "BulkCreateClientsResponse200MetaType0": ".bulk_create_clients_response_200_meta_type_0",
    "CardWithdrawalRequest": ".card_withdrawal_request",
    "ChainGiftCardType": ".chain_gift_card_type",
    "ChainGiftCardTypeItemType": ".chain_gift_card_type_item_type",
    "ChainLoyaltyCertificateTypesCreateBody": ".chain_loyalty_certificate_types_create_body",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_create_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration": ".chain_loyalty_certificate_types_create_body_expiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId": ".chain_loyalty_certificate_types_create_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId": ".chain_loyalty_certificate_types_create_body_item_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale": ".chain_loyalty_certificate_types_create_body_online_sale",
    "ChainLoyaltyCertificateTypesCreateResponse200": ".chain_loyalty_certificate_types_create_response_200",
    "ChainLoyaltyCertificateTypesCreateResponse200MetaType0": ".chain_loyalty_certificate_types_create_response_200_meta_type_0",
    "ChainLoyaltyCertificateTypesDeleteResponse200": ".chain_loyalty_certificate_types_delete_response_200",
    "ChainLoyaltyCertificateTypesDeleteResponse200MetaType0": ".chain_loyalty_certificate_types_delete_response_200_meta_type_0",
    "ChainLoyaltyCertificateTypesGetResponse200": ".chain_loyalty_certificate_types_get_response_200",
    "ChainLoyaltyCertificateTypesGetResponse200MetaType0": ".chain_loyalty_certificate_types_get_response_200_meta_type_0",
    "ChainLoyaltyCertificateTypesListResponse200": ".chain_loyalty_certificate_types_list_response_200",
    "ChainLoyaltyCertificateTypesListResponse200Meta": ".chain_loyalty_certificate_types_list_response_200_meta",
    "ChainLoyaltyCertificateTypesUpdateBody": ".chain_loyalty_certificate_types_update_body",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_update_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration": ".chain_loyalty_certificate_types_update_body_expiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId": ".chain_loyalty_certificate_types_update_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId": ".chain_loyalty_certificate_types_update_body_item_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale": ".chain_loyalty_certificate_types_update_body_online_sale",
    "ChainLoyaltyCertificateTypesUpdateResponse200": ".chain_loyalty_certificate_types_update_response_200",
    "ChainLoyaltyCertificateTypesUpdateResponse200MetaType0": ".chain_loyalty_certificate_types_update_response_200_meta_type_0",
    "ChainLoyaltyMembershipTypesArchiveBody": ".chain_loyalty_membership_types_archive_body",
    "ChainLoyaltyMembershipTypesArchiveBodyIsArchived": ".chain_loyalty_membership_types_archive_body_is_archived",
    "ChainLoyaltyMembershipTypesCloneBody": ".chain_loyalty_membership_types_clone_body",
    "ChainLoyaltyMembershipTypesCloneResponse200": ".chain_loyalty_membership_types_clone_response_200",
    "ChainLoyaltyMembershipTypesCloneResponse200MetaType0": ".chain_loyalty_membership_types_clone_response_200_meta_type_0",
    "ChainLoyaltyMembershipTypesCloneResponse201": ".chain_loyalty_membership_types_clone_response_201",
    "ChainLoyaltyMembershipTypesCloneResponse201MetaType0": ".chain_loyalty_membership_types_clone_response_201_meta_type_0",
    "ChainLoyaltyMembershipTypesCreateBody": ".chain_loyalty_membership_types_create_body",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_create_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem": ".chain_loyalty_membership_types_create_body_availability_item",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_create_body_availability_item_intervals_item",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_create_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId": ".chain_loyalty_membership_types_create_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_create_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId": ".chain_loyalty_membership_types_create_body_period_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories": ".chain_loyalty_membership_types_create_body_service_categories",
    "ChainLoyaltyMembershipTypesCreateBodyServices": ".chain_loyalty_membership_types_create_body_services",
    "ChainLoyaltyMembershipTypesCreateResponse200": ".chain_loyalty_membership_types_create_response_200",
    "ChainLoyaltyMembershipTypesCreateResponse200MetaType0": ".chain_loyalty_membership_types_create_response_200_meta_type_0",
    "ChainLoyaltyMembershipTypesCreateResponse201": ".chain_loyalty_membership_types_create_response_201",
    "ChainLoyaltyMembershipTypesCreateResponse201MetaType0": ".chain_loyalty_membership_types_create_response_201_meta_type_0",
    "ChainLoyaltyMembershipTypesListResponse200": ".chain_loyalty_membership_types_list_response_200",
    "ChainLoyaltyMembershipTypesListResponse200Meta": ".chain_loyalty_membership_types_list_response_200_meta",
    "ChainLoyaltyMembershipTypesReadResponse200": ".chain_loyalty_membership_types_read_response_200",
    "ChainLoyaltyMembershipTypesReadResponse200MetaType0": ".chain_loyalty_membership_types_read_response_200_meta_type_0",
    "ChainLoyaltyMembershipTypesRestoreBody": ".chain_loyalty_membership_types_restore_body",
    "ChainLoyaltyMembershipTypesUpdateBody": ".chain_loyalty_membership_types_update_body",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_update_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem": ".chain_loyalty_membership_types_update_body_availability_item",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_update_body_availability_item_intervals_item",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_update_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId": ".chain_loyalty_membership_types_update_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_update_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId": ".chain_loyalty_membership_types_update_body_period_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyServiceCategories": ".chain_loyalty_membership_types_update_body_service_categories",
    "ChainLoyaltyMembershipTypesUpdateBodyServices": ".chain_loyalty_membership_types_update_body_services",
    "ChainLoyaltyMembershipTypesUpdateResponse200": ".chain_loyalty_membership_types_update_response_200",
    "ChainLoyaltyMembershipTypesUpdateResponse200MetaType0": ".chain_loyalty_membership_types_update_response_200_meta_type_0",
    "ChainLoyaltyMembershipsFreezeBody": ".chain_loyalty_memberships_freeze_body",
    "ChainLoyaltyMembershipsFreezeResponse200": ".chain_loyalty_memberships_freeze_response_200",
    "ChainLoyaltyMembershipsFreezeResponse200Data": ".chain_loyalty_memberships_freeze_response_200_data",
    "ChainLoyaltyMembershipsFreezeResponse200MetaType0": ".chain_loyalty_memberships_freeze_response_200_meta_type_0",
    "ChainLoyaltyMembershipsSetBalanceBody": ".chain_loyalty_memberships_set_balance_body",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem": ".chain_loyalty_memberships_set_balance_body_services_balance_count_item",
    "ChainLoyaltyMembershipsSetPeriodBody": ".chain_loyalty_memberships_set_period_body",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId": ".chain_loyalty_memberships_set_period_body_period_unit_id",
    "ChainLoyaltyMembershipsSetPeriodResponse200": ".chain_loyalty_memberships_set_period_response_200",
    "ChainLoyaltyMembershipsSetPeriodResponse200Data": ".chain_loyalty_memberships_set_period_response_200_data",
    "ChainLoyaltyMembershipsSetPeriodResponse200MetaType0": ".chain_loyalty_memberships_set_period_response_200_meta_type_0",
    "ChainLoyaltyMembershipsUnfreezeBody": ".chain_loyalty_memberships_unfreeze_body",
    "ChainLoyaltyMembershipsUnfreezeResponse200": ".chain_loyalty_memberships_unfreeze_response_200",
    "ChainLoyaltyMembershipsUnfreezeResponse200Data": ".chain_loyalty_memberships_unfreeze_response_200_data",
    "ChainLoyaltyMembershipsUnfreezeResponse200MetaType0": ".chain_loyalty_memberships_unfreeze_response_200_meta_type_0",
    "CheckMembershipsForEventResponse200": ".check_memberships_for_event_response_200",
    "CheckMembershipsForEventResponse200Data": ".check_memberships_for_event_response_200_data",
    "CheckMembershipsForEventResponse200DataAttributes": ".check_memberships_for_event_response_200_data_attributes",
    "ClientFile": ".client_file",
    "ClientFileListResponse": ".client_file_list_response",
    "ClientFileListResponseMeta": ".client_file_list_response_meta",
    "ClientSearchItem": ".client_search_item",
    "ClientSearchRequest": ".client_search_request",
    "ClientSearchRequestFiltersItem": ".client_search_request_filters_item",
    "ClientSearchRequestFiltersItemState": ".client_search_request_filters_item_state",
    "ClientSearchRequestOperation": ".client_search_request_operation",
    "ClientSearchRequestOrderBy": ".client_search_request_order_by",
    "ClientSearchResponse": ".client_search_response",
    "ClientSearchResponseMeta": ".client_search_response_meta",
    "CommentListResponse": ".comment_list_response",
    "CommentListResponseDataType0": ".comment_list_response_data_type_0",
    "CommentListResponseDataType1Item": ".comment_list_response_data_type_1_item",
    "CommentListResponseMetaType0": ".comment_list_response_meta_type_0",
    "Company": ".company",
    "CompanyAnalyticsOverallDataType": ".company_analytics_overall_data_type",
    "CompanyAnalyticsOverallDataTypeMetaType0": ".company_analytics_overall_data_type_meta_type_0",
    "CompanyCompanyIdUsersResponseDataTypes": ".company_company_id_users_response_data_types",
    "CompanyCompanyIdUsersResponseDataTypesDataItem": ".company_company_id_users_response_data_types_data_item",
    "CompanyCompanyIdUsersResponseDataTypesMeta": ".company_company_id_users_response_data_types_meta",
    "CompanyCompanyidServiceCategoriesResponse403DataTypes": ".company_companyid_service_categories_response_403_data_types",
    "CompanyCompanyidServiceCategoriesResponse403DataTypesMeta": ".company_companyid_service_categories_response_403_data_types_meta",
    "CompanyCompanyidServiceCategoriesResponse404DataTypes": ".company_companyid_service_categories_response_404_data_types",
    "CompanyCompanyidServiceCategoriesResponse404DataTypesMeta": ".company_companyid_service_categories_response_404_data_types_meta",
    "CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem": ".company_companyid_service_categories_response_404_data_types_meta_errors_item",
    "CompanyStaffPositionListDataType": ".company_staff_position_list_data_type",
    "CompanyStaffPositionListDataTypeMetaType0": ".company_staff_position_list_data_type_meta_type_0",
    "Consumables": ".consumables",
    "ConsumablesConsumablesItem": ".consumables_consumables_item",
    "CopyUserPermissionsToLocationsBody": ".copy_user_permissions_to_locations_body",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem": ".copy_user_permissions_to_locations_body_user_company_links_item",
    "CreateChainLoyaltyCardTransactionBody": ".create_chain_loyalty_card_transaction_body",
    "CreateChainLoyaltyCardTransactionResponse200": ".create_chain_loyalty_card_transaction_response_200",
    "CreateChainLoyaltyProgramInclude": ".create_chain_loyalty_program_include",
    "CreateClientAccountTopupOperationBody": ".create_client_account_topup_operation_body",
    "CreateClientBody": ".create_client_body",
    "CreateClientBodyCustomFields": ".create_client_body_custom_fields",
    "CreateClientCommentBody": ".create_client_comment_body",
    "CreateClientCommentResponse201": ".create_client_comment_response_201",
    "CreateClientResponse201": ".create_client_response_201",
    "CreateClientResponse201Data": ".create_client_response_201_data",
    "CreateClientResponse201DataCustomFields": ".create_client_response_201_data_custom_fields",
    "CreateClientResponse201MetaType0": ".create_client_response_201_meta_type_0",
    "CreateEventDuplicationStrategyBody": ".create_event_duplication_strategy_body",
    "CreateEventDuplicationStrategyBodyDaysItem": ".create_event_duplication_strategy_body_days_item",
    "CreateEventDuplicationStrategyResponse200": ".create_event_duplication_strategy_response_200",
    "CreateEventDuplicationStrategyResponse200Data": ".create_event_duplication_strategy_response_200_data",
    "CreateEventDuplicationStrategyResponse200DataRepeatMode": ".create_event_duplication_strategy_response_200_data_repeat_mode",
    "CreateEventDuplicationStrategyResponse200MetaType0": ".create_event_duplication_strategy_response_200_meta_type_0",
    "CreateLoyaltyCardTransactionBody": ".create_loyalty_card_transaction_body",
    "CreateLoyaltyCardTransactionResponse200": ".create_loyalty_card_transaction_response_200",
    "CreatePositionQuickBody": ".create_position_quick_body",
    "CreatePositionQuickResponse201": ".create_position_quick_response_201",
    "CreateTagResponse202": ".create_tag_response_202",
    "CreateTagResponse202Meta": ".create_tag_response_202_meta",
    "CreateTeamMemberQuickBody": ".create_team_member_quick_body",
    "CreateTeamMemberQuickResponse201": ".create_team_member_quick_response_201",
    "CreateTimetableClientScheduleBody": ".create_timetable_client_schedule_body",
    "CreateTimetableClientScheduleResponse201": ".create_timetable_client_schedule_response_201",
    "CreateTimetableEventScheduleBody": ".create_timetable_event_schedule_body",
    "CreateTimetableEventScheduleBodyDaysItem": ".create_timetable_event_schedule_body_days_item",
    "CreateTimetableEventScheduleBodyDaysItemDayOfWeek": ".create_timetable_event_schedule_body_days_item_day_of_week",
    "CreateTimetableEventScheduleBodyOriginalEntityType": ".create_timetable_event_schedule_body_original_entity_type",
    "CreateTimetableEventScheduleIncludeItem": ".create_timetable_event_schedule_include_item",
    "CreateTimetableEventScheduleResponse201": ".create_timetable_event_schedule_response_201",
    "CreateTimetableScheduleDayBody": ".create_timetable_schedule_day_body",
    "CreateTimetableScheduleDayBodyDayOfWeek": ".create_timetable_schedule_day_body_day_of_week",
    "CreateTimetableScheduleDayIncludeItem": ".create_timetable_schedule_day_include_item",
    "CreateTimetableScheduleDayResponse201": ".create_timetable_schedule_day_response_201",
    "CreateUserInvitationBody": ".create_user_invitation_body",
    "CreateUserInvitationBodyInvitesItem": ".create_user_invitation_body_invites_item",
    "CreateUserInvitationBodyInvitesItemUserRoleType1": ".create_user_invitation_body_invites_item_user_role_type_1",
    "CreateUserInvitationBodyInvitesItemUserRoleType2Type1": ".create_user_invitation_body_invites_item_user_role_type_2_type_1",
    "CreateUserInvitationBodyInvitesItemUserRoleType3Type1": ".create_user_invitation_body_invites_item_user_role_type_3_type_1",
    "CustomerHistoryModelObject": ".customer_history_model_object",
    "DeleteChainLoyaltyProgramInclude": ".delete_chain_loyalty_program_include",
    "DeleteClientFileResponse202": ".delete_client_file_response_202",
    "DeleteClientFileResponse202Meta": ".delete_client_file_response_202_meta",
    "DeleteEventResponse202": ".delete_event_response_202",
    "DeleteEventResponse202Meta": ".delete_event_response_202_meta",
    "DeleteImageBody": ".delete_image_body",
    "DeleteTagByTagIdResponse200": ".delete_tag_by_tag_id_response_200",
    "DeleteTagByTagIdResponse200Meta": ".delete_tag_by_tag_id_response_200_meta",
    "DeleteTagByTagIdResponse202": ".delete_tag_by_tag_id_response_202",
    "DeleteTagByTagIdResponse202Meta": ".delete_tag_by_tag_id_response_202_meta",
    "DeliveryStatusRequestDataTypesItem": ".delivery_status_request_data_types_item",
    "DuplicateEventBody": ".duplicate_event_body",
    "DuplicateEventResponse200": ".duplicate_event_response_200",
    "DuplicateEventResponse200DataItem": ".duplicate_event_response_200_data_item",
    "DuplicateEventResponse200DataItemMaster": ".duplicate_event_response_200_data_item_master",
    "DuplicateEventResponse200DataItemResourceInstancesItem": ".duplicate_event_response_200_data_item_resource_instances_item",
    "DuplicateEventResponse200DataItemService": ".duplicate_event_response_200_data_item_service",
    "DuplicateEventResponse200Meta": ".duplicate_event_response_200_meta",
    "ErrorMeta": ".error_meta",
    "ErrorResponse": ".error_response",
    "EventDateRange": ".event_date_range",
    "EventInASchedule": ".event_in_a_schedule",
    "EventRequest": ".event_request",
    "EventResponse": ".event_response",
    "EventResponseData": ".event_response_data",
    "EventResponseDataDurationDetails": ".event_response_data_duration_details",
    "EventResponseDataLabelsItem": ".event_response_data_labels_item",
    "EventResponseDataResourceInstancesItem": ".event_response_data_resource_instances_item",
    "EventResponseDataService": ".event_response_data_service",
    "EventResponseDataStaff": ".event_response_data_staff",
    "EventResponseMetaType0": ".event_response_meta_type_0",
    "EventSearchFilter": ".event_search_filter",
    "EventSearchFilterDataItem": ".event_search_filter_data_item",
    "EventSearchResponse": ".event_search_response",
    "EventSearchResponseDataItem": ".event_search_response_data_item",
    "EventSearchResponseDataItemLabelsItem": ".event_search_response_data_item_labels_item",
    "EventSearchResponseDataItemResourceInstancesItem": ".event_search_response_data_item_resource_instances_item",
    "EventSearchResponseDataItemService": ".event_search_response_data_item_service",
    "EventSearchResponseDataItemServiceCategory": ".event_search_response_data_item_service_category",
    "EventSearchResponseDataItemStaff": ".event_search_response_data_item_staff",
    "EventSearchResponseDataItemStaffPosition": ".event_search_response_data_item_staff_position",
    "EventSearchResponseMeta": ".event_search_response_meta",
    "EventServicesResponse": ".event_services_response",
    "EventServicesResponseDataItem": ".event_services_response_data_item",
    "EventServicesResponseDataItemCategory": ".event_services_response_data_item_category",
    "EventServicesResponseDataItemResourcesItem": ".event_services_response_data_item_resources_item",
    "EventServicesResponseDataItemStaffItem": ".event_services_response_data_item_staff_item",
    "EventServicesResponseMeta": ".event_services_response_meta",
    "Field200SuccessResponse": ".field_200_success_response",
    "GenerateLoyaltyCodeResponse200": ".generate_loyalty_code_response_200",
    "GenerateLoyaltyCodeResponse200MetaType0": ".generate_loyalty_code_response_200_meta_type_0",
    "GetAppointmentCalendarDatesResponse200": ".get_appointment_calendar_dates_response_200",
    "GetAppointmentCalendarDatesResponse200MetaType0": ".get_appointment_calendar_dates_response_200_meta_type_0",
    "GetAppointmentCalendarSessionsResponse200": ".get_appointment_calendar_sessions_response_200",
    "GetAppointmentCalendarSessionsResponse200DataItem": ".get_appointment_calendar_sessions_response_200_data_item",
    "GetAppointmentCalendarSessionsResponse200MetaType0": ".get_appointment_calendar_sessions_response_200_meta_type_0",
    "GetChainClientAccountHistoryResponse200": ".get_chain_client_account_history_response_200",
    "GetChainClientAccountHistoryResponse200DataItem": ".get_chain_client_account_history_response_200_data_item",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransaction": ".get_chain_client_account_history_response_200_data_item_deposit_transaction",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransactionType": ".get_chain_client_account_history_response_200_data_item_deposit_transaction_type",
    "GetChainClientAccountHistoryResponse200MetaType0": ".get_chain_client_account_history_response_200_meta_type_0",
    "GetChainLoyaltyProgramInclude": ".get_chain_loyalty_program_include",
    "GetChainLoyaltyTransactionListTypesItem": ".get_chain_loyalty_transaction_list_types_item",
    "GetChainServiceCategoryListInclude": ".get_chain_service_category_list_include",
    "GetClientAccountByChainAndPhoneResponse200": ".get_client_account_by_chain_and_phone_response_200",
    "GetClientAccountByChainAndPhoneResponse200DataItem": ".get_client_account_by_chain_and_phone_response_200_data_item",
    "GetClientAccountByChainAndPhoneResponse200DataItemDeposit": ".get_client_account_by_chain_and_phone_response_200_data_item_deposit",
    "GetClientAccountByChainAndPhoneResponse200DataItemDepositType": ".get_client_account_by_chain_and_phone_response_200_data_item_deposit_type",
    "GetClientAccountByChainAndPhoneResponse200Meta": ".get_client_account_by_chain_and_phone_response_200_meta",
    "GetClientAccountListByChainResponse200": ".get_client_account_list_by_chain_response_200",
    "GetClientAccountListByChainResponse200DataItem": ".get_client_account_list_by_chain_response_200_data_item",
    "GetClientAccountListByChainResponse200DataItemClient": ".get_client_account_list_by_chain_response_200_data_item_client",
    "GetClientAccountListByChainResponse200DataItemDeposit": ".get_client_account_list_by_chain_response_200_data_item_deposit",
    "GetClientAccountListByChainResponse200DataItemDepositType": ".get_client_account_list_by_chain_response_200_data_item_deposit_type",
    "GetClientAccountListByChainResponse200Meta": ".get_client_account_list_by_chain_response_200_meta",
    "GetClientAccountListByLocationAndClientResponse200": ".get_client_account_list_by_location_and_client_response_200",
    "GetClientAccountListByLocationAndClientResponse200DataItem": ".get_client_account_list_by_location_and_client_response_200_data_item",
    "GetClientAccountListByLocationAndClientResponse200DataItemDeposit": ".get_client_account_list_by_location_and_client_response_200_data_item_deposit",
    "GetClientAccountListByLocationAndClientResponse200DataItemDepositType": ".get_client_account_list_by_location_and_client_response_200_data_item_deposit_type",
    "GetClientAccountListByLocationAndClientResponse200Meta": ".get_client_account_list_by_location_and_client_response_200_meta",
    "GetClientResponse200": ".get_client_response_200",
    "GetClientResponse200Data": ".get_client_response_200_data",
    "GetClientResponse200MetaType0": ".get_client_response_200_meta_type_0",
    "GetEventDateRangeResponse200": ".get_event_date_range_response_200",
    "GetEventSearchFiltersResponse200": ".get_event_search_filters_response_200",
    "GetLocationListIncludeItem": ".get_location_list_include_item",
    "GetLocationLoyaltyProgramListType": ".get_location_loyalty_program_list_type",
    "GetLocationSubscriptionInformationResponse200": ".get_location_subscription_information_response_200",
    "GetLocationSubscriptionInformationResponse200Data": ".get_location_subscription_information_response_200_data",
    "GetLocationSubscriptionInformationResponse200DataOptionsItem": ".get_location_subscription_information_response_200_data_options_item",
    "GetLocationSubscriptionInformationResponse200MetaType0": ".get_location_subscription_information_response_200_meta_type_0",
    "GetMessageStatusListResponse200": ".get_message_status_list_response_200",
    "GetPartnerAppointmentListResponse200": ".get_partner_appointment_list_response_200",
    "GetPartnerAppointmentListResponse200DataItem": ".get_partner_appointment_list_response_200_data_item",
    "GetPartnerAppointmentListResponse200DataItemClient": ".get_partner_appointment_list_response_200_data_item_client",
    "GetPartnerAppointmentListResponse200DataItemCompany": ".get_partner_appointment_list_response_200_data_item_company",
    "GetPartnerAppointmentListResponse200DataItemCustomFields": ".get_partner_appointment_list_response_200_data_item_custom_fields",
    "GetPartnerAppointmentListResponse200DataItemServicesItem": ".get_partner_appointment_list_response_200_data_item_services_item",
    "GetPartnerAppointmentListResponse200DataItemStaff": ".get_partner_appointment_list_response_200_data_item_staff",
    "GetPartnerAppointmentListResponse200Meta": ".get_partner_appointment_list_response_200_meta",
    "GetTagListByEntityEntity": ".get_tag_list_by_entity_entity",
    "GetTeamMemberCalculationSchemesCountResponse200": ".get_team_member_calculation_schemes_count_response_200",
    "GetTeamMemberPayrollCalculationResponse200": ".get_team_member_payroll_calculation_response_200",
    "GetTeamMemberSalaryCalculationResponse200": ".get_team_member_salary_calculation_response_200",
    "GetTeamMemberSalaryPeriodResponse200": ".get_team_member_salary_period_response_200",
    "GetTeamMemberSalarySchemesResponse200": ".get_team_member_salary_schemes_response_200",
    "GetTeamMemberScheduleListIncludeItem": ".get_team_member_schedule_list_include_item",
    "GetTeamMemberScheduleListResponse200": ".get_team_member_schedule_list_response_200",
    "GetTeamMemberScheduleListResponse200DataItem": ".get_team_member_schedule_list_response_200_data_item",
    "GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem": ".get_team_member_schedule_list_response_200_data_item_busy_intervals_item",
    "GetTeamMemberScheduleListResponse200DataItemSlotsItem": ".get_team_member_schedule_list_response_200_data_item_slots_item",
    "GetTeamMemberScheduleListResponse200Meta": ".get_team_member_schedule_list_response_200_meta",
    "GetTeamMemberScheduleResponse200": ".get_team_member_schedule_response_200",
    "GetTeamMemberScheduleResponse200DataItem": ".get_team_member_schedule_response_200_data_item",
    "GetTeamMemberScheduleResponse200DataItemSlotsItem": ".get_team_member_schedule_response_200_data_item_slots_item",
    "GetTeamMemberScheduleResponse200MetaType0": ".get_team_member_schedule_response_200_meta_type_0",
    "GetTimeslotSettingsResponse200": ".get_timeslot_settings_response_200",
    "GetTimeslotSettingsResponse200Data": ".get_timeslot_settings_response_200_data",
    "GetTimeslotSettingsResponse200DataDatesSettingsItem": ".get_timeslot_settings_response_200_data_dates_settings_item",
    "GetTimeslotSettingsResponse200DataDatesSettingsItemSetting": ".get_timeslot_settings_response_200_data_dates_settings_item_setting",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItem": ".get_timeslot_settings_response_200_data_weekdays_settings_item",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting": ".get_timeslot_settings_response_200_data_weekdays_settings_item_setting",
    "GetTimeslotSettingsResponse200MetaType0": ".get_timeslot_settings_response_200_meta_type_0",
    "GetUserPermissionsResponse200": ".get_user_permissions_response_200",
    "GetUserRolesIncludeItem": ".get_user_roles_include_item",
    "GetUserRolesResponse200": ".get_user_roles_response_200",
    "GiftCard": ".gift_card",
    "GiftCardListMeta": ".gift_card_list_meta",
    "GiftCardListResponse": ".gift_card_list_response",
    "GiftCardStatus": ".gift_card_status",
    "GiftCardType": ".gift_card_type",
    "GiftCardTypeDetails": ".gift_card_type_details",
    "GiftCardTypeDetailsItemType": ".gift_card_type_details_item_type",
    "GiftCardTypeListMeta": ".gift_card_type_list_meta",
    "GiftCardTypeListResponse": ".gift_card_type_list_response",
    "GoodsCompanyRequestDataType": ".goods_company_request_data_type",
    "GoodsCompanyRequestWithRulesDataType": ".goods_company_request_with_rules_data_type",
    "GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem": ".goods_company_request_with_rules_data_type_correction_rules_item",
    "HandleFiscalizationCallbackBody": ".handle_fiscalization_callback_body",
    "Image": ".image",
    "ImageGroup": ".image_group",
    "ImageGroupImageGroup": ".image_group_image_group",
    "IssueLoyaltyCardRequest": ".issue_loyalty_card_request",
    "LicenseOption": ".license_option",
    "ListClientCommentsResponse200": ".list_client_comments_response_200",
    "ListEventDuplicationStrategiesResponse200": ".list_event_duplication_strategies_response_200",
    "ListEventDuplicationStrategiesResponse200DataItem": ".list_event_duplication_strategies_response_200_data_item",
    "ListEventDuplicationStrategiesResponse200DataItemRepeatMode": ".list_event_duplication_strategies_response_200_data_item_repeat_mode",
    "ListEventDuplicationStrategiesResponse200Meta": ".list_event_duplication_strategies_response_200_meta",
    "ListRolesIncludeItem": ".list_roles_include_item",
    "ListRolesResponse200": ".list_roles_response_200",
    "ListTimetableScheduleDayEventsResponse200": ".list_timetable_schedule_day_events_response_200",
    "Location": ".location",
    "LocationBookingWidgetPromoType0": ".location_booking_widget_promo_type_0",
    "LocationListResponse": ".location_list_response",
    "LocationListResponseMetaType0": ".location_list_response_meta_type_0",
    "LocationLoyaltyProgramListResponse": ".location_loyalty_program_list_response",
    "LocationLoyaltyProgramListResponseDataItem": ".location_loyalty_program_list_response_data_item",
    "LocationLoyaltyProgramListResponseMeta": ".location_loyalty_program_list_response_meta",
    "LocationResponse": ".location_response",
    "LocationResponseData": ".location_response_data",
    "LocationResponseDataAccess": ".location_response_data_access",
    "LocationResponseDataBookformsItem": ".location_response_data_bookforms_item",
    "LocationResponseDataGroups": ".location_response_data_groups",
    "LocationResponseDataGroupsAdditionalProperty": ".location_response_data_groups_additional_property",
    "LocationResponseDataMainGroupType0": ".location_response_data_main_group_type_0",
    "LocationResponseDataPaymentPolicy": ".location_response_data_payment_policy",
    "LocationResponseDataSocial": ".location_response_data_social",
    "LocationResponseMetaType0": ".location_response_meta_type_0",
    "LoyaltyCard": ".loyalty_card",
    "LoyaltyCardResponse": ".loyalty_card_response",
    "LoyaltyCardResponseProgramsItem": ".loyalty_card_response_programs_item",
    "LoyaltyCardResponseProgramsItemLoyaltyType": ".loyalty_card_response_programs_item_loyalty_type",
    "LoyaltyCardResponseProgramsItemRulesItem": ".loyalty_card_response_programs_item_rules_item",
    "LoyaltyCardResponseSalonGroup": ".loyalty_card_response_salon_group",
    "LoyaltyCardResponseType": ".loyalty_card_response_type",
    "LoyaltyCardType": ".loyalty_card_type",
    "LoyaltyCardTypesResponseDataTypesItem": ".loyalty_card_types_response_data_types_item",
    "LoyaltyCardTypesResponseDataTypesItemSalonGroup": ".loyalty_card_types_response_data_types_item_salon_group",
    "LoyaltyClientStatisticsResponse": ".loyalty_client_statistics_response",
    "LoyaltyClientStatisticsResponseData": ".loyalty_client_statistics_response_data",
    "LoyaltyClientStatisticsResponseDataClientStats": ".loyalty_client_statistics_response_data_client_stats",
    "LoyaltyClientStatisticsResponseDataClientStatsNew": ".loyalty_client_statistics_response_data_client_stats_new",
    "LoyaltyClientStatisticsResponseDataClientStatsOld": ".loyalty_client_statistics_response_data_client_stats_old",
    "LoyaltyClientStatisticsResponseDataClientStatsTotal": ".loyalty_client_statistics_response_data_client_stats_total",
    "LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem": ".loyalty_client_statistics_response_data_visits_stats_by_day_item",
    "LoyaltyClientStatisticsResponseMetaType0": ".loyalty_client_statistics_response_meta_type_0",
    "LoyaltyEntityAttendanceItem": ".loyalty_entity_attendance_item",
    "LoyaltyGenerateCode200DataOption": ".loyalty_generate_code_200_data_option",
    "LoyaltyGenerateCode200Option": ".loyalty_generate_code_200_option",
    "LoyaltyGenerateCode200OptionMetaType0": ".loyalty_generate_code_200_option_meta_type_0",
    "LoyaltyGenerateCodeErrorMetaOption": ".loyalty_generate_code_error_meta_option",
    "LoyaltyGenerateCodeErrorOption": ".loyalty_generate_code_error_option",
    "LoyaltyNotificationMessageTemplate": ".loyalty_notification_message_template",
    "LoyaltyNotificationMessageTemplateRequest": ".loyalty_notification_message_template_request",
    "LoyaltyNotificationMessageTemplateRequestType": ".loyalty_notification_message_template_request_type",
    "LoyaltyProgram": ".loyalty_program",
    "LoyaltyProgramCreateRequest": ".loyalty_program_create_request",
    "LoyaltyProgramCreateRequestExpirationTimeoutUnit": ".loyalty_program_create_request_expiration_timeout_unit",
    "LoyaltyProgramCreateRequestGoodItemType": ".loyalty_program_create_request_good_item_type",
    "LoyaltyProgramCreateRequestParamsSourceType": ".loyalty_program_create_request_params_source_type",
    "LoyaltyProgramCreateRequestServiceItemType": ".loyalty_program_create_request_service_item_type",
    "LoyaltyProgramCreateRequestType": ".loyalty_program_create_request_type",
    "LoyaltyProgramCreateRequestValueUnit": ".loyalty_program_create_request_value_unit",
    "LoyaltyProgramRule": ".loyalty_program_rule",
    "LoyaltyProgramRuleRequest": ".loyalty_program_rule_request",
    "LoyaltyProgramUpdateRequest": ".loyalty_program_update_request",
    "LoyaltyProgramUpdateRequestExpirationTimeoutUnit": ".loyalty_program_update_request_expiration_timeout_unit",
    "LoyaltyRevenueStatisticsResponse": ".loyalty_revenue_statistics_response",
    "LoyaltyRevenueStatisticsResponseData": ".loyalty_revenue_statistics_response_data",
    "LoyaltyRevenueStatisticsResponseDataCurrency": ".loyalty_revenue_statistics_response_data_currency",
    "LoyaltyRevenueStatisticsResponseDataIncomeStats": ".loyalty_revenue_statistics_response_data_income_stats",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem": ".loyalty_revenue_statistics_response_data_income_stats_by_day_item",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsNew": ".loyalty_revenue_statistics_response_data_income_stats_new",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsOld": ".loyalty_revenue_statistics_response_data_income_stats_old",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal": ".loyalty_revenue_statistics_response_data_income_stats_total",
    "LoyaltyRevenueStatisticsResponseMetaType0": ".loyalty_revenue_statistics_response_meta_type_0",
    "LoyaltyTeamMemberStatisticsResponse": ".loyalty_team_member_statistics_response",
    "LoyaltyTeamMemberStatisticsResponseDataItem": ".loyalty_team_member_statistics_response_data_item",
    "LoyaltyTeamMemberStatisticsResponseDataItemClientStats": ".loyalty_team_member_statistics_response_data_item_client_stats",
    "LoyaltyTeamMemberStatisticsResponseDataItemStaff": ".loyalty_team_member_statistics_response_data_item_staff",
    "LoyaltyTeamMemberStatisticsResponseMeta": ".loyalty_team_member_statistics_response_meta",
    "LoyaltyTransaction": ".loyalty_transaction",
    "LoyaltyTransactionDataItem": ".loyalty_transaction_data_item",
    "LoyaltyTransactionDataItemType": ".loyalty_transaction_data_item_type",
    "LoyaltyTransactionMeta": ".loyalty_transaction_meta",
    "Membership": ".membership",
    "MembershipBalanceContainer": ".membership_balance_container",
    "MembershipBalanceContainerLinksItem": ".membership_balance_container_links_item",
    "MembershipBalanceContainerLinksItemCategory": ".membership_balance_container_links_item_category",
    "MembershipBalanceContainerLinksItemCategoryCategory": ".membership_balance_container_links_item_category_category",
    "MembershipBalanceContainerLinksItemService": ".membership_balance_container_links_item_service",
    "MembershipBalanceContainerLinksItemServiceCategory": ".membership_balance_container_links_item_service_category",
    "MembershipListMeta": ".membership_list_meta",
    "MembershipListResponse": ".membership_list_response",
    "MembershipStatus": ".membership_status",
    "MembershipType": ".membership_type",
    "MembershipTypeDetails": ".membership_type_details",
    "MembershipTypeDetailsBalanceContainer": ".membership_type_details_balance_container",
    "MembershipTypeDetailsBalanceContainerLinksItem": ".membership_type_details_balance_container_links_item",
    "MembershipTypeDetailsBalanceContainerLinksItemCategory": ".membership_type_details_balance_container_links_item_category",
    "MembershipTypeDetailsBalanceContainerLinksItemCategoryCategory": ".membership_type_details_balance_container_links_item_category_category",
    "MembershipTypeDetailsBalanceContainerLinksItemService": ".membership_type_details_balance_container_links_item_service",
    "MembershipTypeDetailsBalanceContainerLinksItemServiceCategory": ".membership_type_details_balance_container_links_item_service_category",
    "MembershipTypeListMeta": ".membership_type_list_meta",
    "MembershipTypeListResponse": ".membership_type_list_response",
    "MetaObjectWithResponseResultsCount": ".meta_object_with_response_results_count",
    "ModelObjectConsumableInService": ".model_object_consumable_in_service",
    "ModelObjectLocationMinimumInformation": ".model_object_location_minimum_information",
    "ModelObjectPermissionOption": ".model_object_permission_option",
    "ModelObjectPermissionType": ".model_object_permission_type",
    "ModelObjectPermissionValue": ".model_object_permission_value",
    "ModelObjectPermissionWithNestedPermissions": ".model_object_permission_with_nested_permissions",
    "ModelObjectPermissionWithNestedPermissionsChildrenType0Item": ".model_object_permission_with_nested_permissions_children_type_0_item",
    "ModelObjectPermissionsAndUserRole": ".model_object_permissions_and_user_role",
    "ModelObjectPresenceOfTipWithoutAmount": ".model_object_presence_of_tip_without_amount",
    "ModelObjectServiceInCustomersHistoryAppointment": ".model_object_service_in_customers_history_appointment",
    "ModelObjectUserRole": ".model_object_user_role",
    "MutualSettlements": ".mutual_settlements",
    "MutualSettlementsGroupedByDate": ".mutual_settlements_grouped_by_date",
    "MutualSettlementsGroupedByDatePayrollDailyItem": ".mutual_settlements_grouped_by_date_payroll_daily_item",
    "NoDataInResponse": ".no_data_in_response",
    "ObjectOfModelClientSchedule": ".object_of_model_client_schedule",
    "ObjectOfModelCommentForAClient": ".object_of_model_comment_for_a_client",
    "ObjectOfModelFileInAClientDetails": ".object_of_model_file_in_a_client_details",
    "ObjectOfModelResourceInstance": ".object_of_model_resource_instance",
    "ObjectOfModelSchedule": ".object_of_model_schedule",
    "ObjectOfModelScheduleSeries": ".object_of_model_schedule_series",
    "ObjectOfModelServiceTeamMember": ".object_of_model_service_team_member",
    "ObjectOfModelTag": ".object_of_model_tag",
    "ObjectOfModelTeamMemberWithPosition": ".object_of_model_team_member_with_position",
    "ObjectOfModelUserWithNameAndAvatar": ".object_of_model_user_with_name_and_avatar",
    "PayWithALoyaltyCard": ".pay_with_a_loyalty_card",
    "PayWithALoyaltyCardPayment": ".pay_with_a_loyalty_card_payment",
    "PayWithALoyaltyCardPaymentMethod": ".pay_with_a_loyalty_card_payment_method",
    "PayWithALoyaltyProgram": ".pay_with_a_loyalty_program",
    "PayWithALoyaltyProgramPayment": ".pay_with_a_loyalty_program_payment",
    "PayWithALoyaltyProgramPaymentMethod": ".pay_with_a_loyalty_program_payment_method",
    "PayWithReferralProgramWorksOnlyForVisit": ".pay_with_referral_program_works_only_for_visit",
    "PayWithReferralProgramWorksOnlyForVisitPayment": ".pay_with_referral_program_works_only_for_visit_payment",
    "PayWithReferralProgramWorksOnlyForVisitPaymentMethod": ".pay_with_referral_program_works_only_for_visit_payment_method",
    "PaymentAtTheCheckout": ".payment_at_the_checkout",
    "PaymentAtTheCheckoutPayment": ".payment_at_the_checkout_payment",
    "PaymentAtTheCheckoutPaymentMethod": ".payment_at_the_checkout_payment_method",
    "PaymentDetailsObject": ".payment_details_object",
    "PaymentViaClientPersonalAccount": ".payment_via_client_personal_account",
    "PaymentViaClientPersonalAccountPayment": ".payment_via_client_personal_account_payment",
    "PaymentViaClientPersonalAccountPaymentMethod": ".payment_via_client_personal_account_payment_method",
    "PaymentWithAGiftCard": ".payment_with_a_gift_card",
    "PaymentWithAGiftCardPayment": ".payment_with_a_gift_card_payment",
    "PaymentWithAGiftCardPaymentMethod": ".payment_with_a_gift_card_payment_method",
    "PaymentWithMembershipWorksOnlyForTheVisit": ".payment_with_membership_works_only_for_the_visit",
    "PaymentWithMembershipWorksOnlyForTheVisitPayment": ".payment_with_membership_works_only_for_the_visit_payment",
    "PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod": ".payment_with_membership_works_only_for_the_visit_payment_method",
    "PayrollCalculationDiscrepancyDetailsObject": ".payroll_calculation_discrepancy_details_object",
    "PayrollCalculationRulesDetailsObject": ".payroll_calculation_rules_details_object",
    "PayrollForAPeriodForATeamMember": ".payroll_for_a_period_for_a_team_member",
    "PayrollForAPeriodForATeamMemberGroupedByDate": ".payroll_for_a_period_for_a_team_member_grouped_by_date",
    "PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem": ".payroll_for_a_period_for_a_team_member_grouped_by_date_period_calculation_daily_item",
    "PhoneNumberFormatCheckResponse200": ".phone_number_format_check_response_200",
    "PhoneNumberFormatCheckResponse200Data": ".phone_number_format_check_response_200_data",
    "PhoneNumberFormatCheckResponse200MetaType0": ".phone_number_format_check_response_200_meta_type_0",
    "Position": ".position",
    "PositionCompact": ".position_compact",
    "PrintFiscalReceiptBody": ".print_fiscal_receipt_body",
    "Product": ".product",
    "ProductListResponse": ".product_list_response",
    "ProductListResponseMetaType0": ".product_list_response_meta_type_0",
    "ProductResponse": ".product_response",
    "ProductResponseDataType0": ".product_response_data_type_0",
    "ProductResponseDataType0ActualAmountsItem": ".product_response_data_type_0_actual_amounts_item",
    "ProductResponseDataType1Item": ".product_response_data_type_1_item",
    "ProductResponseDataType1ItemActualAmountsItem": ".product_response_data_type_1_item_actual_amounts_item",
    "ProductResponseMetaType0": ".product_response_meta_type_0",
    "ReferralProgramRequest": ".referral_program_request",
    "RemoveUserFromLocationsBody": ".remove_user_from_locations_body",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem": ".remove_user_from_locations_body_user_company_links_item",
    "RequestValidationErrorMessage": ".request_validation_error_message",
    "RequestValidationErrorMessageErrorsItem": ".request_validation_error_message_errors_item",
    "ResponseMetaEmptyObjectType0": ".response_meta_empty_object_type_0",
    "RootTypeBookformCreateRequest": ".root_type_bookform_create_request",
    "RootTypeBookformCreateRequestButtonPosition": ".root_type_bookform_create_request_button_position",
    "RootTypeBookformCreateRequestFormPosition": ".root_type_bookform_create_request_form_position",
    "RootTypeBookformSettingsResponse": ".root_type_bookform_settings_response",
    "RootTypeBookformSettingsResponseHeaderImagesType0": ".root_type_bookform_settings_response_header_images_type_0",
    "RootTypeForAccountsResponseDataTypes": ".root_type_for_accounts_response_data_types",
    "RootTypeForAccountsResponseDataTypesDataItem": ".root_type_for_accounts_response_data_types_data_item",
    "RootTypeForAccountsResponseDataTypesMetaType0": ".root_type_for_accounts_response_data_types_meta_type_0",
    "RootTypeForAnalyticsReportOverallClientStats": ".root_type_for_analytics_report_overall_client_stats",
    "RootTypeForAnalyticsReportOverallFullnessStats": ".root_type_for_analytics_report_overall_fullness_stats",
    "RootTypeForAnalyticsReportOverallRecordStats": ".root_type_for_analytics_report_overall_record_stats",
    "RootTypeForAnalyticsReportOverallSumStats": ".root_type_for_analytics_report_overall_sum_stats",
    "RootTypeForBookformUpdateRequest": ".root_type_for_bookform_update_request",
    "RootTypeForBookformUpdateRequestButtonPosition": ".root_type_for_bookform_update_request_button_position",
    "RootTypeForBookformUpdateRequestFormPosition": ".root_type_for_bookform_update_request_form_position",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypes": ".root_type_for_clients_companyid_response_deprecated_data_types",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItem": ".root_type_for_clients_companyid_response_deprecated_data_types_data_item",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem": ".root_type_for_clients_companyid_response_deprecated_data_types_data_item_categories_item",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields": ".root_type_for_clients_companyid_response_deprecated_data_types_data_item_custom_fields",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesMeta": ".root_type_for_clients_companyid_response_deprecated_data_types_meta",
    "RootTypeForCommentsCompanyidRequestDataTypes": ".root_type_for_comments_companyid_request_data_types",
    "RootTypeForCompanyCompanyidClientsSearchResponse400DataTypes": ".root_type_for_company_companyid_clients_search_response_400_data_types",
    "RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMeta": ".root_type_for_company_companyid_clients_search_response_400_data_types_meta",
    "RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors": ".root_type_for_company_companyid_clients_search_response_400_data_types_meta_errors",
    "RootTypeForCompanyCompanyidClientsSearchResponse402DataTypes": ".root_type_for_company_companyid_clients_search_response_402_data_types",
    "RootTypeForCompanyCompanyidClientsSearchResponse402DataTypesMeta": ".root_type_for_company_companyid_clients_search_response_402_data_types_meta",
    "RootTypeForCompanyCompanyidClientsSearchResponse404DataTypes": ".root_type_for_company_companyid_clients_search_response_404_data_types",
    "RootTypeForCompanyCompanyidClientsSearchResponse404DataTypesMeta": ".root_type_for_company_companyid_clients_search_response_404_data_types_meta",
    "RootTypeForCompanyCompanyidClientsSearchResponse404DataTypesMetaErrorsItem": ".root_type_for_company_companyid_clients_search_response_404_data_types_meta_errors_item",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes": ".root_type_for_company_companyid_service_categories_response_200_data_types",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType0": ".root_type_for_company_companyid_service_categories_response_200_data_types_data_type_0",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType1Item": ".root_type_for_company_companyid_service_categories_response_200_data_types_data_type_1_item",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0": ".root_type_for_company_companyid_service_categories_response_200_data_types_meta_type_0",
    "RootTypeForCompanyCompanyidStaffStaffidResponse403DataTypes": ".root_type_for_company_companyid_staff_staffid_response_403_data_types",
    "RootTypeForCompanyCompanyidStaffStaffidResponse403DataTypesMeta": ".root_type_for_company_companyid_staff_staffid_response_403_data_types_meta",
    "RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypes": ".root_type_for_company_companyid_staff_staffid_response_404_data_types",
    "RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypesMeta": ".root_type_for_company_companyid_staff_staffid_response_404_data_types_meta",
    "RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypesMetaErrorsItem": ".root_type_for_company_companyid_staff_staffid_response_404_data_types_meta_errors_item",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecated": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_norm",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_origin",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0": ".root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_meta_type_0",
    "RootTypeForCompanyCreateRequestDataTypes": ".root_type_for_company_create_request_data_types",
    "RootTypeForCompanyCreateResponseDataTypes": ".root_type_for_company_create_response_data_types",
    "RootTypeForCompanyCreateResponseDataTypesData": ".root_type_for_company_create_response_data_types_data",
    "RootTypeForCompanyCreateResponseDataTypesMetaType0": ".root_type_for_company_create_response_data_types_meta_type_0",
    "RootTypeForCompanyGetOnlineSettingsResponseDataFieldDataTypes": ".root_type_for_company_get_online_settings_response_data_field_data_types",
    "RootTypeForCompanyGetOnlineSettingsResponseDataTypes": ".root_type_for_company_get_online_settings_response_data_types",
    "RootTypeForCompanyGetOnlineSettingsResponseDataTypesMetaType0": ".root_type_for_company_get_online_settings_response_data_types_meta_type_0",
    "RootTypeForCompanyGetTimetableSettingsResponseDataFieldDataTypes": ".root_type_for_company_get_timetable_settings_response_data_field_data_types",
    "RootTypeForCompanyGetTimetableSettingsResponseDataTypes": ".root_type_for_company_get_timetable_settings_response_data_types",
    "RootTypeForCompanyGetTimetableSettingsResponseDataTypesMetaType0": ".root_type_for_company_get_timetable_settings_response_data_types_meta_type_0",
    "RootTypeForCompanyPutRequestDataTypes": ".root_type_for_company_put_request_data_types",
    "RootTypeForCompanyPutRequestDataTypesSocial": ".root_type_for_company_put_request_data_types_social",
    "RootTypeForCompanyPutResponseDataTypes": ".root_type_for_company_put_response_data_types",
    "RootTypeForCompanyPutResponseDataTypesData": ".root_type_for_company_put_response_data_types_data",
    "RootTypeForCompanyPutResponseDataTypesDataAccess": ".root_type_for_company_put_response_data_types_data_access",
    "RootTypeForCompanyPutResponseDataTypesDataMainGroupType0": ".root_type_for_company_put_response_data_types_data_main_group_type_0",
    "RootTypeForCompanyPutResponseDataTypesDataSocial": ".root_type_for_company_put_response_data_types_data_social",
    "RootTypeForCompanyPutResponseDataTypesMetaType0": ".root_type_for_company_put_response_data_types_meta_type_0",
    "RootTypeForCompanyUpdateOnlineSettingsDataType": ".root_type_for_company_update_online_settings_data_type",
    "RootTypeForCompanyUpdateTimetableSettingsDataType": ".root_type_for_company_update_timetable_settings_data_type",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypes": ".root_type_for_company_users_deprecated_response_data_types",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItem": ".root_type_for_company_users_deprecated_response_data_types_data_item",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess": ".root_type_for_company_users_deprecated_response_data_types_data_item_access",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypesMetaType0": ".root_type_for_company_users_deprecated_response_data_types_meta_type_0",
    "RootTypeForCurrency": ".root_type_for_currency",
    "RootTypeForCustomFieldsRequestDataType": ".root_type_for_custom_fields_request_data_type",
    "RootTypeForCustomFieldsResponseDataTypes": ".root_type_for_custom_fields_response_data_types",
    "RootTypeForCustomFieldsResponseDataTypesDataType0": ".root_type_for_custom_fields_response_data_types_data_type_0",
    "RootTypeForCustomFieldsResponseDataTypesDataType0CustomField": ".root_type_for_custom_fields_response_data_types_data_type_0_custom_field",
    "RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType": ".root_type_for_custom_fields_response_data_types_data_type_0_custom_field_type",
    "RootTypeForCustomFieldsResponseDataTypesDataType1Item": ".root_type_for_custom_fields_response_data_types_data_type_1_item",
    "RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField": ".root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field",
    "RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType": ".root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field_type",
    "RootTypeForCustomFieldsResponseDataTypesMetaType0": ".root_type_for_custom_fields_response_data_types_meta_type_0",
    "RootTypeForDepositOperationResponseDataTypes": ".root_type_for_deposit_operation_response_data_types",
    "RootTypeForDepositOperationResponseDataTypesData": ".root_type_for_deposit_operation_response_data_types_data",
    "RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem": ".root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item",
    "RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit": ".root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit",
    "RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType": ".root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type",
    "RootTypeForDepositOperationResponseDataTypesDataDocument": ".root_type_for_deposit_operation_response_data_types_data_document",
    "RootTypeForDepositOperationResponseDataTypesDataDocumentSalon": ".root_type_for_deposit_operation_response_data_types_data_document_salon",
    "RootTypeForDepositOperationResponseDataTypesDataDocumentType": ".root_type_for_deposit_operation_response_data_types_data_document_type",
    "RootTypeForDepositOperationResponseDataTypesDataDocumentUser": ".root_type_for_deposit_operation_response_data_types_data_document_user",
    "RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem": ".root_type_for_deposit_operation_response_data_types_data_payment_transactions_item",
    "RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType": ".root_type_for_deposit_operation_response_data_types_data_payment_transactions_item_type",
    "RootTypeForDepositOperationResponseDataTypesMetaType0": ".root_type_for_deposit_operation_response_data_types_meta_type_0",
    "RootTypeForEmailClientsByFilterRequestDataTypes": ".root_type_for_email_clients_by_filter_request_data_types",
    "RootTypeForEmailClientsByIdRequestDataTypes": ".root_type_for_email_clients_by_id_request_data_types",
    "RootTypeForFinanceTransactionRequestDataTypes": ".root_type_for_finance_transaction_request_data_types",
    "RootTypeForFinanceTransactionResponseDataTypes": ".root_type_for_finance_transaction_response_data_types",
    "RootTypeForFinanceTransactionResponseDataTypesData": ".root_type_for_finance_transaction_response_data_types_data",
    "RootTypeForFinanceTransactionResponseDataTypesDataAccount": ".root_type_for_finance_transaction_response_data_types_data_account",
    "RootTypeForFinanceTransactionResponseDataTypesDataClient": ".root_type_for_finance_transaction_response_data_types_data_client",
    "RootTypeForFinanceTransactionResponseDataTypesDataExpense": ".root_type_for_finance_transaction_response_data_types_data_expense",
    "RootTypeForFinanceTransactionResponseDataTypesDataMaster": ".root_type_for_finance_transaction_response_data_types_data_master",
    "RootTypeForFinanceTransactionResponseDataTypesDataSupplierItem": ".root_type_for_finance_transaction_response_data_types_data_supplier_item",
    "RootTypeForFinanceTransactionResponseDataTypesMetaType0": ".root_type_for_finance_transaction_response_data_types_meta_type_0",
    "RootTypeForFiscalizationRequestDataTypes": ".root_type_for_fiscalization_request_data_types",
    "RootTypeForFiscalizationRequestDataTypesCashier": ".root_type_for_fiscalization_request_data_types_cashier",
    "RootTypeForFiscalizationRequestDataTypesCustomer": ".root_type_for_fiscalization_request_data_types_customer",
    "RootTypeForFiscalizationRequestDataTypesPaymentsItem": ".root_type_for_fiscalization_request_data_types_payments_item",
    "RootTypeForFiscalizationRequestDataTypesPos": ".root_type_for_fiscalization_request_data_types_pos",
    "RootTypeForFiscalizationRequestDataTypesPositionsItem": ".root_type_for_fiscalization_request_data_types_positions_item",
    "RootTypeForFiscalizationRequestDataTypesType": ".root_type_for_fiscalization_request_data_types_type",
    "RootTypeForGoodCompanyResponse409DataType": ".root_type_for_good_company_response_409_data_type",
    "RootTypeForGoodCompanyResponse409DataTypeMeta": ".root_type_for_good_company_response_409_data_type_meta",
    "RootTypeForGoodsCategoriesRequestDataTypes": ".root_type_for_goods_categories_request_data_types",
    "RootTypeForGoodsCategoriesResponse200DataTypes": ".root_type_for_goods_categories_response_200_data_types",
    "RootTypeForGoodsCategoriesResponse200DataTypesDataItem": ".root_type_for_goods_categories_response_200_data_types_data_item",
    "RootTypeForGoodsCategoriesResponse200DataTypesMeta": ".root_type_for_goods_categories_response_200_data_types_meta",
    "RootTypeForGoodsCategoriesResponse201DataTypes": ".root_type_for_goods_categories_response_201_data_types",
    "RootTypeForGoodsCategoriesResponse201DataTypesData": ".root_type_for_goods_categories_response_201_data_types_data",
    "RootTypeForGoodsCategoriesResponse201DataTypesMetaType0": ".root_type_for_goods_categories_response_201_data_types_meta_type_0",
    "RootTypeForGoodsCategoryNodeResponse200DataTypes": ".root_type_for_goods_category_node_response_200_data_types",
    "RootTypeForGoodsCategoryNodeResponse200DataTypesData": ".root_type_for_goods_category_node_response_200_data_types_data",
    "RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem": ".root_type_for_goods_category_node_response_200_data_types_data_children_item",
    "RootTypeForGoodsCompanyResponse422DataType": ".root_type_for_goods_company_response_422_data_type",
    "RootTypeForGoodsCompanyResponse422DataTypeMeta": ".root_type_for_goods_company_response_422_data_type_meta",
    "RootTypeForGoodsCompanyResponse422DataTypeMetaErrorsItem": ".root_type_for_goods_company_response_422_data_type_meta_errors_item",
    "RootTypeForGoodsSearchResponse200DataTypes": ".root_type_for_goods_search_response_200_data_types",
    "RootTypeForGoodsSearchResponse200DataTypesDataItem": ".root_type_for_goods_search_response_200_data_types_data_item",
    "RootTypeForGoodsSearchResponse200DataTypesMeta": ".root_type_for_goods_search_response_200_data_types_meta",
    "RootTypeForGroupGroupidClientsResponseDataTypes": ".root_type_for_group_groupid_clients_response_data_types",
    "RootTypeForGroupGroupidClientsResponseDataTypes400": ".root_type_for_group_groupid_clients_response_data_types_400",
    "RootTypeForGroupGroupidClientsResponseDataTypes400Meta": ".root_type_for_group_groupid_clients_response_data_types_400_meta",
    "RootTypeForGroupGroupidClientsResponseDataTypesData": ".root_type_for_group_groupid_clients_response_data_types_data",
    "RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem": ".root_type_for_group_groupid_clients_response_data_types_data_clients_item",
    "RootTypeForGroupGroupidClientsResponseDataTypesMetaType0": ".root_type_for_group_groupid_clients_response_data_types_meta_type_0",
    "RootTypeForGroupsResponseDataTypes": ".root_type_for_groups_response_data_types",
    "RootTypeForGroupsResponseDataTypesDataItem": ".root_type_for_groups_response_data_types_data_item",
    "RootTypeForGroupsResponseDataTypesDataItemAccess": ".root_type_for_groups_response_data_types_data_item_access",
    "RootTypeForGroupsResponseDataTypesDataItemCompaniesItem": ".root_type_for_groups_response_data_types_data_item_companies_item",
    "RootTypeForGroupsResponseDataTypesMetaType0": ".root_type_for_groups_response_data_types_meta_type_0",
    "RootTypeForKkmTransactionsPrintResponseDataType": ".root_type_for_kkm_transactions_print_response_data_type",
    "RootTypeForKkmTransactionsPrintResponseDataTypeData": ".root_type_for_kkm_transactions_print_response_data_type_data",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem": ".root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemCashier": ".root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_cashier",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemDocument": ".root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_document",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemStatus": ".root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_status",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemType": ".root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item_type",
    "RootTypeForKkmTransactionsPrintResponseDataTypeMetaType0": ".root_type_for_kkm_transactions_print_response_data_type_meta_type_0",
    "RootTypeForKkmTransactionsResponseDataType": ".root_type_for_kkm_transactions_response_data_type",
    "RootTypeForKkmTransactionsResponseDataTypeDataItem": ".root_type_for_kkm_transactions_response_data_type_data_item",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemCashier": ".root_type_for_kkm_transactions_response_data_type_data_item_cashier",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemDocument": ".root_type_for_kkm_transactions_response_data_type_data_item_document",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemStatus": ".root_type_for_kkm_transactions_response_data_type_data_item_status",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemType": ".root_type_for_kkm_transactions_response_data_type_data_item_type",
    "RootTypeForKkmTransactionsResponseDataTypeMeta": ".root_type_for_kkm_transactions_response_data_type_meta",
    "RootTypeForNotificationSettingsNotificationTypesDataType": ".root_type_for_notification_settings_notification_types_data_type",
    "RootTypeForNotificationSettingsNotificationTypesDataTypeDataItem": ".root_type_for_notification_settings_notification_types_data_type_data_item",
    "RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels": ".root_type_for_notification_settings_notification_types_data_type_data_item_channels",
    "RootTypeForNotificationSettingsNotificationTypesDataTypeMeta": ".root_type_for_notification_settings_notification_types_data_type_meta",
    "RootTypeForNotificationSettingsUsersDataType": ".root_type_for_notification_settings_users_data_type",
    "RootTypeForNotificationSettingsUsersDataTypeData": ".root_type_for_notification_settings_users_data_type_data",
    "RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem": ".root_type_for_notification_settings_users_data_type_data_notification_types_item",
    "RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItemChannels": ".root_type_for_notification_settings_users_data_type_data_notification_types_item_channels",
    "RootTypeForNotificationSettingsUsersDataTypeMetaType0": ".root_type_for_notification_settings_users_data_type_meta_type_0",
    "RootTypeForNotificationSettingsUsersRequestDataType": ".root_type_for_notification_settings_users_request_data_type",
    "RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem": ".root_type_for_notification_settings_users_request_data_type_notification_types_item",
    "RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels": ".root_type_for_notification_settings_users_request_data_type_notification_types_item_channels",
    "RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType": ".root_type_for_notification_settings_users_request_data_type_notification_types_item_type",
    "RootTypeForRecordCompanyidResponse201DataTypes": ".root_type_for_record_companyid_response_201_data_types",
    "RootTypeForRecordCompanyidResponse201DataTypesData": ".root_type_for_record_companyid_response_201_data_types_data",
    "RootTypeForRecordCompanyidResponse201DataTypesDataClient": ".root_type_for_record_companyid_response_201_data_types_data_client",
    "RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem": ".root_type_for_record_companyid_response_201_data_types_data_documents_item",
    "RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem": ".root_type_for_record_companyid_response_201_data_types_data_services_item",
    "RootTypeForRecordCompanyidResponse201DataTypesDataStaff": ".root_type_for_record_companyid_response_201_data_types_data_staff",
    "RootTypeForRecordCompanyidResponse201DataTypesMetaType0": ".root_type_for_record_companyid_response_201_data_types_meta_type_0",
    "RootTypeForResourcesCompanyidDataTypes": ".root_type_for_resources_companyid_data_types",
    "RootTypeForResourcesCompanyidDataTypesDataItem": ".root_type_for_resources_companyid_data_types_data_item",
    "RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem": ".root_type_for_resources_companyid_data_types_data_item_instances_item",
    "RootTypeForResourcesCompanyidDataTypesMeta": ".root_type_for_resources_companyid_data_types_meta",
    "RootTypeForServiceCategoriesCompanyidRequestDataTypes": ".root_type_for_service_categories_companyid_request_data_types",
    "RootTypeForServiceCategoriesCompanyidResponseDataTypes": ".root_type_for_service_categories_companyid_response_data_types",
    "RootTypeForServiceCategoriesCompanyidResponseDataTypesData": ".root_type_for_service_categories_companyid_response_data_types_data",
    "RootTypeForServiceCategoriesCompanyidResponseDataTypesMetaType0": ".root_type_for_service_categories_companyid_response_data_types_meta_type_0",
    "RootTypeForServiceCategoryTitle": ".root_type_for_service_category_title",
    "RootTypeForServiceTitle": ".root_type_for_service_title",
    "RootTypeForServicesChangeCompanyidRequestDataTypes": ".root_type_for_services_change_companyid_request_data_types",
    "RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem": ".root_type_for_services_change_companyid_request_data_types_staff_item",
    "RootTypeForServicesChangeCompanyidResponseDataTypes": ".root_type_for_services_change_companyid_response_data_types",
    "RootTypeForServicesChangeCompanyidResponseDataTypesData": ".root_type_for_services_change_companyid_response_data_types_data",
    "RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem": ".root_type_for_services_change_companyid_response_data_types_data_image_group_item",
    "RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem": ".root_type_for_services_change_companyid_response_data_types_data_resources_item",
    "RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem": ".root_type_for_services_change_companyid_response_data_types_data_staff_item",
    "RootTypeForServicesChangeCompanyidResponseDataTypesMetaType0": ".root_type_for_services_change_companyid_response_data_types_meta_type_0",
    "RootTypeForServicesCompanyidRequestDataTypes": ".root_type_for_services_companyid_request_data_types",
    "RootTypeForServicesCompanyidRequestDataTypesStaffItem": ".root_type_for_services_companyid_request_data_types_staff_item",
    "RootTypeForServicesCompanyidResponseDataTypes": ".root_type_for_services_companyid_response_data_types",
    "RootTypeForServicesCompanyidResponseDataTypesData": ".root_type_for_services_companyid_response_data_types_data",
    "RootTypeForServicesCompanyidResponseDataTypesDataStaffItem": ".root_type_for_services_companyid_response_data_types_data_staff_item",
    "RootTypeForServicesCompanyidResponseDataTypesMetaType0": ".root_type_for_services_companyid_response_data_types_meta_type_0",
    "RootTypeForSmsClientsByFilterRequestDataTypes": ".root_type_for_sms_clients_by_filter_request_data_types",
    "RootTypeForSmsClientsByIdRequestDataTypes": ".root_type_for_sms_clients_by_id_request_data_types",
    "RootTypeForSmsClientsByIdResponseDataTypes": ".root_type_for_sms_clients_by_id_response_data_types",
    "RootTypeForSmsClientsByIdResponseDataTypesMeta": ".root_type_for_sms_clients_by_id_response_data_types_meta",
    "RootTypeForStaffCompanyidRequestDataTypes": ".root_type_for_staff_companyid_request_data_types",
    "RootTypeForStorageOperationDocumentsRequestDataTypes": ".root_type_for_storage_operation_documents_request_data_types",
    "RootTypeForStorageOperationDocumentsResponseDataTypes": ".root_type_for_storage_operation_documents_response_data_types",
    "RootTypeForStorageOperationDocumentsResponseDataTypesData": ".root_type_for_storage_operation_documents_response_data_types_data",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany": ".root_type_for_storage_operation_documents_response_data_types_data_company",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem": ".root_type_for_storage_operation_documents_response_data_types_data_company_phones_item",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage": ".root_type_for_storage_operation_documents_response_data_types_data_storage",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataType": ".root_type_for_storage_operation_documents_response_data_types_data_type",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataUser": ".root_type_for_storage_operation_documents_response_data_types_data_user",
    "RootTypeForStorageOperationDocumentsResponseDataTypesMetaType0": ".root_type_for_storage_operation_documents_response_data_types_meta_type_0",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypes": ".root_type_for_storage_operation_finance_transaction_response_data_types",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem": ".root_type_for_storage_operation_finance_transaction_response_data_types_data_item",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemAccount": ".root_type_for_storage_operation_finance_transaction_response_data_types_data_item_account",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemClient": ".root_type_for_storage_operation_finance_transaction_response_data_types_data_item_client",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemExpense": ".root_type_for_storage_operation_finance_transaction_response_data_types_data_item_expense",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemMasterItem": ".root_type_for_storage_operation_finance_transaction_response_data_types_data_item_master_item",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemSupplierItem": ".root_type_for_storage_operation_finance_transaction_response_data_types_data_item_supplier_item",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0": ".root_type_for_storage_operation_finance_transaction_response_data_types_meta_type_0",
    "RootTypeForStorageOperationGoodTransactionRequestDataTypes": ".root_type_for_storage_operation_good_transaction_request_data_types",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypes": ".root_type_for_storage_operation_good_transaction_response_200_data_types",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesData": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_0_item",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_1",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_good",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_actual_amounts_item",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type_type_0",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_goods_marks_item",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_0_item",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_1",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_sale_unit_type_0",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_service_unit_type_0",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_storage",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_supplier_item",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_type",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit": ".root_type_for_storage_operation_good_transaction_response_200_data_types_data_unit",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0": ".root_type_for_storage_operation_good_transaction_response_200_data_types_meta_type_0",
    "RootTypeForStorageOperationGoodTransactionResponseDataTypes": ".root_type_for_storage_operation_good_transaction_response_data_types",
    "RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem": ".root_type_for_storage_operation_good_transaction_response_data_types_data_item",
    "RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta": ".root_type_for_storage_operation_good_transaction_response_data_types_meta",
    "RootTypeForStorageOperationOperationRequestDataTypes": ".root_type_for_storage_operation_operation_request_data_types",
    "RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem": ".root_type_for_storage_operation_operation_request_data_types_goods_transactions_item",
    "RootTypeForStorageOperationOperationResponseDataTypes": ".root_type_for_storage_operation_operation_response_data_types",
    "RootTypeForStorageOperationOperationResponseDataTypesData": ".root_type_for_storage_operation_operation_response_data_types_data",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocument": ".root_type_for_storage_operation_operation_response_data_types_data_document",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany": ".root_type_for_storage_operation_operation_response_data_types_data_document_company",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem": ".root_type_for_storage_operation_operation_response_data_types_data_document_company_phones_item",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage": ".root_type_for_storage_operation_operation_response_data_types_data_document_storage",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType": ".root_type_for_storage_operation_operation_response_data_types_data_document_type",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser": ".root_type_for_storage_operation_operation_response_data_types_data_document_user",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item_client_item",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item_good",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item_master_item",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item_storage",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item_supplier_item",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item_type",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit": ".root_type_for_storage_operation_operation_response_data_types_data_transactions_item_unit",
    "RootTypeForStorageOperationOperationResponseDataTypesMetaType0": ".root_type_for_storage_operation_operation_response_data_types_meta_type_0",
    "RootTypeForStorageResponseDataTypes": ".root_type_for_storage_response_data_types",
    "RootTypeForStorageResponseDataTypesDataItem": ".root_type_for_storage_response_data_types_data_item",
    "RootTypeForStorageResponseDataTypesMetaType0": ".root_type_for_storage_response_data_types_meta_type_0",
    "RootTypeForStoragesTransactionResponseDataTypes": ".root_type_for_storages_transaction_response_data_types",
    "RootTypeForStoragesTransactionResponseDataTypesDataItem": ".root_type_for_storages_transaction_response_data_types_data_item",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemClients": ".root_type_for_storages_transaction_response_data_types_data_item_clients",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemGood": ".root_type_for_storages_transaction_response_data_types_data_item_good",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemMaster": ".root_type_for_storages_transaction_response_data_types_data_item_master",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemService": ".root_type_for_storages_transaction_response_data_types_data_item_service",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemStorage": ".root_type_for_storages_transaction_response_data_types_data_item_storage",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier": ".root_type_for_storages_transaction_response_data_types_data_item_supplier",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemUnit": ".root_type_for_storages_transaction_response_data_types_data_item_unit",
    "RootTypeForStoragesTransactionResponseDataTypesMetaType0": ".root_type_for_storages_transaction_response_data_types_meta_type_0",
    "RootTypeForTagsCompanyEntity": ".root_type_for_tags_company_entity",
    "RootTypeForTagsCompanyEntityDataItem": ".root_type_for_tags_company_entity_data_item",
    "RootTypeForTagsCompanyEntityMetaType0": ".root_type_for_tags_company_entity_meta_type_0",
    "RootTypeForTagsCreateResponse200DataTypes": ".root_type_for_tags_create_response_200_data_types",
    "RootTypeForTagsCreateResponse200DataTypesData": ".root_type_for_tags_create_response_200_data_types_data",
    "RootTypeForTagsCreateResponse200DataTypesMetaType0": ".root_type_for_tags_create_response_200_data_types_meta_type_0",
    "RootTypeForTagsUpdateRequestDataTypes": ".root_type_for_tags_update_request_data_types",
    "RootTypeForTaxSystemResponseDataTypes": ".root_type_for_tax_system_response_data_types",
    "RootTypeForTaxSystemResponseDataTypesDataItem": ".root_type_for_tax_system_response_data_types_data_item",
    "RootTypeForTaxSystemResponseDataTypesDataItemVatsItem": ".root_type_for_tax_system_response_data_types_data_item_vats_item",
    "RootTypeForTaxSystemResponseDataTypesMeta": ".root_type_for_tax_system_response_data_types_meta",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypes": ".root_type_for_technological_cards_consumables_response_200_data_types",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItem": ".root_type_for_technological_cards_consumables_response_200_data_types_data_item",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem": ".root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood": ".root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item_good",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem": ".root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem": ".root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItemGood": ".root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item_good",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesMetaType0": ".root_type_for_technological_cards_consumables_response_200_data_types_meta_type_0",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes": ".root_type_for_technological_cards_consumables_response_200_delete_data_types",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem": ".root_type_for_technological_cards_consumables_response_200_delete_data_types_data_item",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItemConsumablesItem": ".root_type_for_technological_cards_consumables_response_200_delete_data_types_data_item_consumables_item",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItemTechnologicalCardsItem": ".root_type_for_technological_cards_consumables_response_200_delete_data_types_data_item_technological_cards_item",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesMeta": ".root_type_for_technological_cards_consumables_response_200_delete_data_types_meta",
    "RootTypeForTechnologicalCardsResponse200DataTypes": ".root_type_for_technological_cards_response_200_data_types",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType0": ".root_type_for_technological_cards_response_200_data_types_data_type_0",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem": ".root_type_for_technological_cards_response_200_data_types_data_type_0_technological_card_items_item",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item": ".root_type_for_technological_cards_response_200_data_types_data_type_1_item",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType1ItemTechnologicalCardItemsItem": ".root_type_for_technological_cards_response_200_data_types_data_type_1_item_technological_card_items_item",
    "RootTypeForTechnologicalCardsResponse200DataTypesMetaType0": ".root_type_for_technological_cards_response_200_data_types_meta_type_0",
    "RootTypeForTipsSettingResponseDataTypes": ".root_type_for_tips_setting_response_data_types",
    "RootTypeForTipsSettingResponseDataTypesDataItem": ".root_type_for_tips_setting_response_data_types_data_item",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaff": ".root_type_for_tips_setting_response_data_types_data_item_staff",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee": ".root_type_for_tips_setting_response_data_types_data_item_staff_employee",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition": ".root_type_for_tips_setting_response_data_types_data_item_staff_position",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaffUser": ".root_type_for_tips_setting_response_data_types_data_item_staff_user",
    "RootTypeForTipsSettingResponseDataTypesMeta": ".root_type_for_tips_setting_response_data_types_meta",
    "RootTypeForTransactionCompanyidResponseDataTypes": ".root_type_for_transaction_companyid_response_data_types",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItem": ".root_type_for_transaction_companyid_response_data_types_data_item",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount": ".root_type_for_transaction_companyid_response_data_types_data_item_account",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemClient": ".root_type_for_transaction_companyid_response_data_types_data_item_client",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense": ".root_type_for_transaction_companyid_response_data_types_data_item_expense",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster": ".root_type_for_transaction_companyid_response_data_types_data_item_master",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier": ".root_type_for_transaction_companyid_response_data_types_data_item_supplier",
    "RootTypeForTransactionCompanyidResponseDataTypesMetaType0": ".root_type_for_transaction_companyid_response_data_types_meta_type_0",
    "RootTypeForUserInviteResponseDataTypes": ".root_type_for_user_invite_response_data_types",
    "RootTypeForUserInviteResponseDataTypesMeta": ".root_type_for_user_invite_response_data_types_meta",
    "RootTypeForUserPermissionsResponseDataTypes": ".root_type_for_user_permissions_response_data_types",
    "RootTypeForUserPermissionsResponseDataTypesData": ".root_type_for_user_permissions_response_data_types_data",
    "RootTypeForUserPermissionsResponseDataTypesDataClients": ".root_type_for_user_permissions_response_data_types_data_clients",
    "RootTypeForUserPermissionsResponseDataTypesDataComers": ".root_type_for_user_permissions_response_data_types_data_comers",
    "RootTypeForUserPermissionsResponseDataTypesDataDashboard": ".root_type_for_user_permissions_response_data_types_data_dashboard",
    "RootTypeForUserPermissionsResponseDataTypesDataFinances": ".root_type_for_user_permissions_response_data_types_data_finances",
    "RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem": ".root_type_for_user_permissions_response_data_types_data_finances_finances_accounts_ids_item",
    "RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem": ".root_type_for_user_permissions_response_data_types_data_finances_finances_expenses_ids_item",
    "RootTypeForUserPermissionsResponseDataTypesDataLoyalty": ".root_type_for_user_permissions_response_data_types_data_loyalty",
    "RootTypeForUserPermissionsResponseDataTypesDataNotification": ".root_type_for_user_permissions_response_data_types_data_notification",
    "RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord": ".root_type_for_user_permissions_response_data_types_data_online_record",
    "RootTypeForUserPermissionsResponseDataTypesDataOther": ".root_type_for_user_permissions_response_data_types_data_other",
    "RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem": ".root_type_for_user_permissions_response_data_types_data_other_auth_list_allowed_ip_item",
    "RootTypeForUserPermissionsResponseDataTypesDataRecordForm": ".root_type_for_user_permissions_response_data_types_data_record_form",
    "RootTypeForUserPermissionsResponseDataTypesDataSecurity": ".root_type_for_user_permissions_response_data_types_data_security",
    "RootTypeForUserPermissionsResponseDataTypesDataSettings": ".root_type_for_user_permissions_response_data_types_data_settings",
    "RootTypeForUserPermissionsResponseDataTypesDataStorages": ".root_type_for_user_permissions_response_data_types_data_storages",
    "RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem": ".root_type_for_user_permissions_response_data_types_data_storages_storages_ids_item",
    "RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem": ".root_type_for_user_permissions_response_data_types_data_storages_storages_transactions_types_item",
    "RootTypeForUserPermissionsResponseDataTypesDataTimetable": ".root_type_for_user_permissions_response_data_types_data_timetable",
    "RootTypeForUserPermissionsResponseDataTypesMetaType0": ".root_type_for_user_permissions_response_data_types_meta_type_0",
    "RootTypeForVisitDetailsDataTypes": ".root_type_for_visit_details_data_types",
    "RootTypeForVisitDetailsDataTypesData": ".root_type_for_visit_details_data_types_data",
    "RootTypeForVisitDetailsDataTypesDataItemsItem": ".root_type_for_visit_details_data_types_data_items_item",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer": ".root_type_for_visit_details_data_types_data_kkm_transaction_details_container",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem": ".root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier": ".root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_cashier",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument": ".root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_document",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus": ".root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_status",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType": ".root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_type",
    "RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem": ".root_type_for_visit_details_data_types_data_loyalty_transactions_item",
    "RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItemType": ".root_type_for_visit_details_data_types_data_loyalty_transactions_item_type",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem": ".root_type_for_visit_details_data_types_data_payment_transactions_item",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemAccount": ".root_type_for_visit_details_data_types_data_payment_transactions_item_account",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemClient": ".root_type_for_visit_details_data_types_data_payment_transactions_item_client",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemExpense": ".root_type_for_visit_details_data_types_data_payment_transactions_item_expense",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemMasterItem": ".root_type_for_visit_details_data_types_data_payment_transactions_item_master_item",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemSupplierItem": ".root_type_for_visit_details_data_types_data_payment_transactions_item_supplier_item",
    "RootTypeForVisitDetailsDataTypesMetaType0": ".root_type_for_visit_details_data_types_meta_type_0",
    "RootTypeForVisitsVisitidDataTypes": ".root_type_for_visits_visitid_data_types",
    "RootTypeForVisitsVisitidDataTypesData": ".root_type_for_visits_visitid_data_types_data",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItem": ".root_type_for_visits_visitid_data_types_data_records_item",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemClient": ".root_type_for_visits_visitid_data_types_data_records_item_client",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem": ".root_type_for_visits_visitid_data_types_data_records_item_documents_item",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem": ".root_type_for_visits_visitid_data_types_data_records_item_events_item",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem": ".root_type_for_visits_visitid_data_types_data_records_item_goods_transactions_item",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem": ".root_type_for_visits_visitid_data_types_data_records_item_services_item",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff": ".root_type_for_visits_visitid_data_types_data_records_item_staff",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition": ".root_type_for_visits_visitid_data_types_data_records_item_staff_position",
    "RootTypeForVisitsVisitidDataTypesMetaType0": ".root_type_for_visits_visitid_data_types_meta_type_0",
    "RootTypeForVisitsVisitidRecordidRequestDataTypes": ".root_type_for_visits_visitid_recordid_request_data_types",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem": ".root_type_for_visits_visitid_recordid_request_data_types_deleted_transaction_ids_item",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem": ".root_type_for_visits_visitid_recordid_request_data_types_goods_transactions_item",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem": ".root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem": ".root_type_for_visits_visitid_recordid_request_data_types_services_item",
    "RootTypeForZReportResponseDataTypes": ".root_type_for_z_report_response_data_types",
    "RootTypeForZReportResponseDataTypesData": ".root_type_for_z_report_response_data_types_data",
    "RootTypeForZReportResponseDataTypesDataPaids": ".root_type_for_z_report_response_data_types_data_paids",
    "RootTypeForZReportResponseDataTypesDataPaidsAccountsItem": ".root_type_for_z_report_response_data_types_data_paids_accounts_item",
    "RootTypeForZReportResponseDataTypesDataPaidsDiscountItem": ".root_type_for_z_report_response_data_types_data_paids_discount_item",
    "RootTypeForZReportResponseDataTypesDataPaidsTotal": ".root_type_for_z_report_response_data_types_data_paids_total",
    "RootTypeForZReportResponseDataTypesDataStats": ".root_type_for_z_report_response_data_types_data_stats",
    "RootTypeForZReportResponseDataTypesDataZData": ".root_type_for_z_report_response_data_types_data_z_data",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item_transactions_item",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others_transactions_item",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_service_item",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItemTransactionsItem": ".root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_service_item_transactions_item",
    "RootTypeForZReportResponseDataTypesMetaType0": ".root_type_for_z_report_response_data_types_meta_type_0",
    "SalaryBalanceObject": ".salary_balance_object",
    "SalaryCalculationItemObject": ".salary_calculation_item_object",
    "SalaryCalculationItemTargetObject": ".salary_calculation_item_target_object",
    "SalaryCalculationItemTargetRuleObject": ".salary_calculation_item_target_rule_object",
    "SalaryCalculationObject": ".salary_calculation_object",
    "SalaryCalculationObjectWithDetails": ".salary_calculation_object_with_details",
    "SalarySchemeObject": ".salary_scheme_object",
    "SalarySchemeObjectSalaryScheme": ".salary_scheme_object_salary_scheme",
    "SalarySchemesCount": ".salary_schemes_count",
    "SalaryTotals": ".salary_totals",
    "SaleDocumentResponse": ".sale_document_response",
    "SaleDocumentResponseData": ".sale_document_response_data",
    "SaleDocumentResponseDataKkmState": ".sale_document_response_data_kkm_state",
    "SaleDocumentResponseDataKkmStateTransactionsItem": ".sale_document_response_data_kkm_state_transactions_item",
    "SaleDocumentResponseDataKkmStateTransactionsItemCashier": ".sale_document_response_data_kkm_state_transactions_item_cashier",
    "SaleDocumentResponseDataKkmStateTransactionsItemDocument": ".sale_document_response_data_kkm_state_transactions_item_document",
    "SaleDocumentResponseDataKkmStateTransactionsItemStatus": ".sale_document_response_data_kkm_state_transactions_item_status",
    "SaleDocumentResponseDataKkmStateTransactionsItemType": ".sale_document_response_data_kkm_state_transactions_item_type",
    "SaleDocumentResponseDataPaymentMethodsItem": ".sale_document_response_data_payment_methods_item",
    "SaleDocumentResponseDataPaymentMethodsItemAccount": ".sale_document_response_data_payment_methods_item_account",
    "SaleDocumentResponseDataState": ".sale_document_response_data_state",
    "SaleDocumentResponseDataStateItemsItem": ".sale_document_response_data_state_items_item",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItem": ".sale_document_response_data_state_loyalty_transactions_item",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemChain": ".sale_document_response_data_state_loyalty_transactions_item_chain",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit": ".sale_document_response_data_state_loyalty_transactions_item_deposit",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType": ".sale_document_response_data_state_loyalty_transactions_item_deposit_type",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemType": ".sale_document_response_data_state_loyalty_transactions_item_type",
    "SaleDocumentResponseDataStatePaymentTransactionsItem": ".sale_document_response_data_state_payment_transactions_item",
    "SaleDocumentResponseDataStatePaymentTransactionsItemAccount": ".sale_document_response_data_state_payment_transactions_item_account",
    "SaleDocumentResponseDataStatePaymentTransactionsItemExpense": ".sale_document_response_data_state_payment_transactions_item_expense",
    "SaleDocumentResponseMetaType0": ".sale_document_response_meta_type_0",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem": ".schedule_team_member_update_deprecated_body_item",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem": ".schedule_team_member_update_deprecated_body_item_slots_item",
    "SearchClientVisitsBody": ".search_client_visits_body",
    "SearchClientVisitsBodyAttendanceType1": ".search_client_visits_body_attendance_type_1",
    "SearchClientVisitsBodyAttendanceType2Type1": ".search_client_visits_body_attendance_type_2_type_1",
    "SearchClientVisitsBodyAttendanceType3Type1": ".search_client_visits_body_attendance_type_3_type_1",
    "SearchClientVisitsBodyPaymentStatusesItem": ".search_client_visits_body_payment_statuses_item",
    "SearchClientVisitsResponse200": ".search_client_visits_response_200",
    "SearchEventDatesResponse200": ".search_event_dates_response_200",
    "SearchEventDatesResponse200MetaType0": ".search_event_dates_response_200_meta_type_0",
    "SearchMembershipsForEventResponse200": ".search_memberships_for_event_response_200",
    "SearchMembershipsForEventResponse200DataItem": ".search_memberships_for_event_response_200_data_item",
    "SearchMembershipsForEventResponse200DataItemAttributes": ".search_memberships_for_event_response_200_data_item_attributes",
    "SearchMembershipsForEventResponse200DataItemRelationships": ".search_memberships_for_event_response_200_data_item_relationships",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType": ".search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData": ".search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data",
    "SearchMembershipsForEventResponse200IncludedItem": ".search_memberships_for_event_response_200_included_item",
    "SearchTeamMemberCalculationDailySalaryResponse200": ".search_team_member_calculation_daily_salary_response_200",
    "SearchTeamMemberCalculationSalaryResponse200": ".search_team_member_calculation_salary_response_200",
    "SearchTeamMemberPayrollCalculationResponse200": ".search_team_member_payroll_calculation_response_200",
    "SearchTeamMemberPeriodDailySalaryResponse200": ".search_team_member_period_daily_salary_response_200",
    "SearchTeamMemberPeriodSalaryResponse200": ".search_team_member_period_salary_response_200",
    "SearchTimetableEventSchedulesByEventEntityType": ".search_timetable_event_schedules_by_event_entity_type",
    "SearchTimetableEventSchedulesByEventIncludeItem": ".search_timetable_event_schedules_by_event_include_item",
    "SearchTimetableEventSchedulesByEventResponse200": ".search_timetable_event_schedules_by_event_response_200",
    "Service": ".service",
    "ServiceListResponse": ".service_list_response",
    "ServiceListResponseMetaType0": ".service_list_response_meta_type_0",
    "ServiceResponse": ".service_response",
    "ServiceResponseDataType0": ".service_response_data_type_0",
    "ServiceResponseDataType0StaffItem": ".service_response_data_type_0_staff_item",
    "ServiceResponseDataType1Item": ".service_response_data_type_1_item",
    "ServiceResponseDataType1ItemStaffItem": ".service_response_data_type_1_item_staff_item",
    "ServiceResponseMetaType0": ".service_response_meta_type_0",
    "SetTeamMemberScheduleBody": ".set_team_member_schedule_body",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem": ".set_team_member_schedule_body_schedules_to_delete_item",
    "SetTeamMemberScheduleBodySchedulesToSetItem": ".set_team_member_schedule_body_schedules_to_set_item",
    "SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem": ".set_team_member_schedule_body_schedules_to_set_item_slots_item",
    "SetTeamMemberScheduleResponse200": ".set_team_member_schedule_response_200",
    "SetTeamMemberScheduleResponse200DataItem": ".set_team_member_schedule_response_200_data_item",
    "SetTeamMemberScheduleResponse200DataItemSlotsItem": ".set_team_member_schedule_response_200_data_item_slots_item",
    "SetTeamMemberScheduleResponse200Meta": ".set_team_member_schedule_response_200_meta",
    "StaffPositionType0": ".staff_position_type_0",
    "SubscriptionType": ".subscription_type",
    "SubscriptionTypeAvailabilityItem": ".subscription_type_availability_item",
    "SubscriptionTypeAvailabilityItemIntervalsItem": ".subscription_type_availability_item_intervals_item",
    "SubscriptionTypeBalanceContainer": ".subscription_type_balance_container",
    "SubscriptionTypeBalanceContainerLinksItem": ".subscription_type_balance_container_links_item",
    "SubscriptionTypeBalanceContainerLinksItemCategory": ".subscription_type_balance_container_links_item_category",
    "SubscriptionTypeBalanceContainerLinksItemCategoryCategoryType0Item": ".subscription_type_balance_container_links_item_category_category_type_0_item",
    "SubscriptionTypeBalanceContainerLinksItemCategoryCategoryType1": ".subscription_type_balance_container_links_item_category_category_type_1",
    "SubscriptionTypeBalanceContainerLinksItemService": ".subscription_type_balance_container_links_item_service",
    "SubscriptionTypeBalanceContainerLinksItemServiceCategory": ".subscription_type_balance_container_links_item_service_category",
    "SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType0Item": ".subscription_type_balance_container_links_item_service_category_category_type_0_item",
    "SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType1": ".subscription_type_balance_container_links_item_service_category_category_type_1",
    "SubscriptionTypeCategoryType0": ".subscription_type_category_type_0",
    "TeamMember": ".team_member",
    "TeamMemberImageGroupItem": ".team_member_image_group_item",
    "TeamMemberListResponse": ".team_member_list_response",
    "TeamMemberListResponseMetaType0": ".team_member_list_response_meta_type_0",
    "TeamMemberPositionType0": ".team_member_position_type_0",
    "TeamMemberResponse": ".team_member_response",
    "TeamMemberResponseDataType0": ".team_member_response_data_type_0",
    "TeamMemberResponseDataType0PositionType0": ".team_member_response_data_type_0_position_type_0",
    "TeamMemberResponseDataType1Item": ".team_member_response_data_type_1_item",
    "TeamMemberResponseDataType1ItemPositionType0": ".team_member_response_data_type_1_item_position_type_0",
    "TeamMemberResponseMetaType0": ".team_member_response_meta_type_0",
    "TeamMemberUserItem": ".team_member_user_item",
    "TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient": ".the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client",
    "TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient": ".the_object_of_the_model_sale_of_goods_in_the_history_of_visits_to_the_client",
    "TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits": ".the_object_of_the_model_sold_product_in_the_history_of_customer_visits",
    "TotalTipModelObject": ".total_tip_model_object",
    "UnlinkAppointmentServiceAssociationBodyItem": ".unlink_appointment_service_association_body_item",
    "UpdateChainLoyaltyProgramInclude": ".update_chain_loyalty_program_include",
    "UpdateClientBody": ".update_client_body",
    "UpdateClientBodyCustomFields": ".update_client_body_custom_fields",
    "UpdateClientResponse200": ".update_client_response_200",
    "UpdateClientResponse200Data": ".update_client_response_200_data",
    "UpdateClientResponse200DataCustomFields": ".update_client_response_200_data_custom_fields",
    "UpdateClientResponse200MetaType0": ".update_client_response_200_meta_type_0",
    "UpdateEventDuplicationStrategyBody": ".update_event_duplication_strategy_body",
    "UpdateEventDuplicationStrategyBodyDaysItem": ".update_event_duplication_strategy_body_days_item",
    "UpdateEventDuplicationStrategyResponse200": ".update_event_duplication_strategy_response_200",
    "UpdateEventDuplicationStrategyResponse200Data": ".update_event_duplication_strategy_response_200_data",
    "UpdateEventDuplicationStrategyResponse200DataRepeatMode": ".update_event_duplication_strategy_response_200_data_repeat_mode",
    "UpdateEventDuplicationStrategyResponse200MetaType0": ".update_event_duplication_strategy_response_200_meta_type_0",
    "UpdateServiceLinksBody": ".update_service_links_body",
    "UpdateServiceLinksBodyTeamMemberSettingsItem": ".update_service_links_body_team_member_settings_item",
    "UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0": ".update_service_links_body_team_member_settings_item_price_type_0",
    "UpdateServiceLinksBodyTranslationsItem": ".update_service_links_body_translations_item",
    "UpdateServiceLinksResponse200": ".update_service_links_response_200",
    "UpdateServiceLinksResponse200Data": ".update_service_links_response_200_data",
    "UpdateServiceLinksResponse200MetaType0": ".update_service_links_response_200_meta_type_0",
    "UpdateServiceTeamMemberAssignmentBody": ".update_service_team_member_assignment_body",
    "UpdateServiceTeamMemberAssignmentResponse200": ".update_service_team_member_assignment_response_200",
    "UpdateTagByTagIdResponse202": ".update_tag_by_tag_id_response_202",
    "UpdateTagByTagIdResponse202Meta": ".update_tag_by_tag_id_response_202_meta",
    "UpdateTeamMemberScheduleBodyItem": ".update_team_member_schedule_body_item",
    "UpdateTeamMemberScheduleBodyItemSlotsItem": ".update_team_member_schedule_body_item_slots_item",
    "UpdateTimetableClientScheduleBody": ".update_timetable_client_schedule_body",
    "UpdateTimetableClientScheduleResponse200": ".update_timetable_client_schedule_response_200",
    "UpdateTimetableEventScheduleBody": ".update_timetable_event_schedule_body",
    "UpdateTimetableEventScheduleResponse200": ".update_timetable_event_schedule_response_200",
    "UpdateTimetableScheduleDayBody": ".update_timetable_schedule_day_body",
    "UpdateTimetableScheduleDayIncludeItem": ".update_timetable_schedule_day_include_item",
    "UpdateTimetableScheduleDayResponse200": ".update_timetable_schedule_day_response_200",
    "UpdateUserPermissionsBody": ".update_user_permissions_body",
    "UpdateUserPermissionsBodyUserRole": ".update_user_permissions_body_user_role",
    "UpdateUserPermissionsResponse200": ".update_user_permissions_response_200",
    "UploadImageBody": ".upload_image_body",
    "UploadImageResponse200": ".upload_image_response_200",
    "UploadImageResponse200Data": ".upload_image_response_200_data",
    "UploadImageResponse200MetaType0": ".upload_image_response_200_meta_type_0",
    "VisitLoyaltyApplyResponse": ".visit_loyalty_apply_response",
    "VisitLoyaltyApplyResponseItemsItem": ".visit_loyalty_apply_response_items_item",
    "VisitLoyaltyApplyResponseKkmTransactionDetailsContainer": ".visit_loyalty_apply_response_kkm_transaction_details_container",
    "VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem": ".visit_loyalty_apply_response_kkm_transaction_details_container_transactions_item",
    "VisitLoyaltyApplyResponseLoyaltyTransactionsItem": ".visit_loyalty_apply_response_loyalty_transactions_item",
    "VisitLoyaltyApplyResponseLoyaltyTransactionsItemType": ".visit_loyalty_apply_response_loyalty_transactions_item_type",
    "VisitLoyaltyApplyResponsePaymentTransactionsItem": ".visit_loyalty_apply_response_payment_transactions_item",
    "VisitLoyaltyCancelResponse": ".visit_loyalty_cancel_response",
    "VisitLoyaltyCancelResponseItemsItem": ".visit_loyalty_cancel_response_items_item",
    "VisitLoyaltyCancelResponseKkmTransactionDetailsContainer": ".visit_loyalty_cancel_response_kkm_transaction_details_container",
    "VisitLoyaltyCancelResponseKkmTransactionDetailsContainerTransactionsItem": ".visit_loyalty_cancel_response_kkm_transaction_details_container_transactions_item",
    "VisitLoyaltyCancelResponseLoyaltyTransactionsItem": ".visit_loyalty_cancel_response_loyalty_transactions_item",
    "VisitLoyaltyCancelResponsePaymentTransactionsItem": ".visit_loyalty_cancel_response_payment_transactions_item",
    "VisitLoyaltyRequest": ".visit_loyalty_request",
    "VisitLoyaltyTransaction": ".visit_loyalty_transaction",
    "VisitLoyaltyTransactionProgram": ".visit_loyalty_transaction_program",
    "VisitLoyaltyTransactionType": ".visit_loyalty_transaction_type",
    "VisitorModelObject": ".visitor_model_object",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AnalyticsReportOverallChartDailyRow",
    "AnalyticsReportOverallChartScalarItem",
    "AnalyticsReportOverallStats",
    "AnObjectOfDateBasedPaginationInformation",
    "AnObjectOfDateBasedPaginationInformationDateCursor",
    "AnObjectOfDateBasedPaginationInformationDateCursorCurrent",
    "AnObjectOfDateBasedPaginationInformationDateCursorNext",
    "AnObjectOfDateBasedPaginationInformationDateCursorPrevious",
    "Appointment",
    "AppointmentClientType0",
    "AppointmentClientType0ClientTagsItem",
    "AppointmentClientType0CustomFieldsItem",
    "AppointmentConsumablesItem",
    "AppointmentCustomFieldsType0",
    "AppointmentDocumentsItem",
    "AppointmentFinanceTransactionsItem",
    "AppointmentGoodsTransactionsItem",
    "AppointmentListResponse",
    "AppointmentListResponseMeta",
    "AppointmentRecordLabelsItem",
    "AppointmentRequest",
    "AppointmentRequestClient",
    "AppointmentRequestCustomFields",
    "AppointmentRequestServicesItem",
    "AppointmentResponse",
    "AppointmentResponseData",
    "AppointmentResponseDataClientType0",
    "AppointmentResponseDataClientType0ClientTagsItem",
    "AppointmentResponseDataClientType0CustomFieldsItem",
    "AppointmentResponseDataComerPersonInfoType0",
    "AppointmentResponseDataConsumablesItem",
    "AppointmentResponseDataCustomFieldsType0",
    "AppointmentResponseDataDocumentsItem",
    "AppointmentResponseDataFinanceTransactionsItem",
    "AppointmentResponseDataFinanceTransactionsItemAccount",
    "AppointmentResponseDataFinanceTransactionsItemClient",
    "AppointmentResponseDataFinanceTransactionsItemExpense",
    "AppointmentResponseDataFinanceTransactionsItemMasterItem",
    "AppointmentResponseDataFinanceTransactionsItemSupplierItem",
    "AppointmentResponseDataGoodsTransactionsItem",
    "AppointmentResponseDataRecordLabelsItem",
    "AppointmentResponseDataServicesItem",
    "AppointmentResponseDataServicesItemAssistantsType0Item",
    "AppointmentResponseDataServicesItemCompanyServiceLink",
    "AppointmentResponseDataServicesItemStaffServiceLink",
    "AppointmentResponseDataStaff",
    "AppointmentResponseDataStaffPosition",
    "AppointmentResponseMetaType0",
    "AppointmentServicesItem",
    "AppointmentServicesItemAssistantsType0Item",
    "AppointmentStaff",
    "AppointmentStaffPosition",
    "AssignServiceToTeamMemberBody",
    "AssignServiceToTeamMemberResponse201",
    "AuthRequest",
    "AuthResponse",
    "AuthResponseMeta",
    "AuthUser",
    "BookingFormListResponseDataType",
    "BookingFormListResponseDataTypeMeta",
    "BookingFormResponseDataType",
    "BookingFormResponseDataTypeMetaType0",
    "BulkCreateClientsBodyItem",
    "BulkCreateClientsResponse200",
    "BulkCreateClientsResponse200Data",
    "BulkCreateClientsResponse200DataCreatedItem",
    "BulkCreateClientsResponse200DataCreatedItemCategoriesItem",
    "BulkCreateClientsResponse200DataErrorsItem",
    "BulkCreateClientsResponse200MetaType0",
    "CardWithdrawalRequest",
    "ChainGiftCardType",
    "ChainGiftCardTypeItemType",
    "ChainLoyaltyCertificateTypesCreateBody",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesCreateResponse200",
    "ChainLoyaltyCertificateTypesCreateResponse200MetaType0",
    "ChainLoyaltyCertificateTypesDeleteResponse200",
    "ChainLoyaltyCertificateTypesDeleteResponse200MetaType0",
    "ChainLoyaltyCertificateTypesGetResponse200",
    "ChainLoyaltyCertificateTypesGetResponse200MetaType0",
    "ChainLoyaltyCertificateTypesListResponse200",
    "ChainLoyaltyCertificateTypesListResponse200Meta",
    "ChainLoyaltyCertificateTypesUpdateBody",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesUpdateResponse200",
    "ChainLoyaltyCertificateTypesUpdateResponse200MetaType0",
    "ChainLoyaltyMembershipsFreezeBody",
    "ChainLoyaltyMembershipsFreezeResponse200",
    "ChainLoyaltyMembershipsFreezeResponse200Data",
    "ChainLoyaltyMembershipsFreezeResponse200MetaType0",
    "ChainLoyaltyMembershipsSetBalanceBody",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
    "ChainLoyaltyMembershipsSetPeriodBody",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId",
    "ChainLoyaltyMembershipsSetPeriodResponse200",
    "ChainLoyaltyMembershipsSetPeriodResponse200Data",
    "ChainLoyaltyMembershipsSetPeriodResponse200MetaType0",
    "ChainLoyaltyMembershipsUnfreezeBody",
    "ChainLoyaltyMembershipsUnfreezeResponse200",
    "ChainLoyaltyMembershipsUnfreezeResponse200Data",
    "ChainLoyaltyMembershipsUnfreezeResponse200MetaType0",
    "ChainLoyaltyMembershipTypesArchiveBody",
    "ChainLoyaltyMembershipTypesArchiveBodyIsArchived",
    "ChainLoyaltyMembershipTypesCloneBody",
    "ChainLoyaltyMembershipTypesCloneResponse200",
    "ChainLoyaltyMembershipTypesCloneResponse200MetaType0",
    "ChainLoyaltyMembershipTypesCloneResponse201",
    "ChainLoyaltyMembershipTypesCloneResponse201MetaType0",
    "ChainLoyaltyMembershipTypesCreateBody",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories",
    "ChainLoyaltyMembershipTypesCreateBodyServices",
    "ChainLoyaltyMembershipTypesCreateResponse200",
    "ChainLoyaltyMembershipTypesCreateResponse200MetaType0",
    "ChainLoyaltyMembershipTypesCreateResponse201",
    "ChainLoyaltyMembershipTypesCreateResponse201MetaType0",
    "ChainLoyaltyMembershipTypesListResponse200",
    "ChainLoyaltyMembershipTypesListResponse200Meta",
    "ChainLoyaltyMembershipTypesReadResponse200",
    "ChainLoyaltyMembershipTypesReadResponse200MetaType0",
    "ChainLoyaltyMembershipTypesRestoreBody",
    "ChainLoyaltyMembershipTypesUpdateBody",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyServiceCategories",
    "ChainLoyaltyMembershipTypesUpdateBodyServices",
    "ChainLoyaltyMembershipTypesUpdateResponse200",
    "ChainLoyaltyMembershipTypesUpdateResponse200MetaType0",
    "CheckMembershipsForEventResponse200",
    "CheckMembershipsForEventResponse200Data",
    "CheckMembershipsForEventResponse200DataAttributes",
    "ClientFile",
    "ClientFileListResponse",
    "ClientFileListResponseMeta",
    "ClientSearchItem",
    "ClientSearchRequest",
    "ClientSearchRequestFiltersItem",
    "ClientSearchRequestFiltersItemState",
    "ClientSearchRequestOperation",
    "ClientSearchRequestOrderBy",
    "ClientSearchResponse",
    "ClientSearchResponseMeta",
    "CommentListResponse",
    "CommentListResponseDataType0",
    "CommentListResponseDataType1Item",
    "CommentListResponseMetaType0",
    "Company",
    "CompanyAnalyticsOverallDataType",
    "CompanyAnalyticsOverallDataTypeMetaType0",
    "CompanyCompanyidServiceCategoriesResponse403DataTypes",
    "CompanyCompanyidServiceCategoriesResponse403DataTypesMeta",
    "CompanyCompanyidServiceCategoriesResponse404DataTypes",
    "CompanyCompanyidServiceCategoriesResponse404DataTypesMeta",
    "CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem",
    "CompanyCompanyIdUsersResponseDataTypes",
    "CompanyCompanyIdUsersResponseDataTypesDataItem",
    "CompanyCompanyIdUsersResponseDataTypesMeta",
    "CompanyStaffPositionListDataType",
    "CompanyStaffPositionListDataTypeMetaType0",
    "Consumables",
    "ConsumablesConsumablesItem",
    "CopyUserPermissionsToLocationsBody",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem",
    "CreateChainLoyaltyCardTransactionBody",
    "CreateChainLoyaltyCardTransactionResponse200",
    "CreateChainLoyaltyProgramInclude",
    "CreateClientAccountTopupOperationBody",
    "CreateClientBody",
    "CreateClientBodyCustomFields",
    "CreateClientCommentBody",
    "CreateClientCommentResponse201",
    "CreateClientResponse201",
    "CreateClientResponse201Data",
    "CreateClientResponse201DataCustomFields",
    "CreateClientResponse201MetaType0",
    "CreateEventDuplicationStrategyBody",
    "CreateEventDuplicationStrategyBodyDaysItem",
    "CreateEventDuplicationStrategyResponse200",
    "CreateEventDuplicationStrategyResponse200Data",
    "CreateEventDuplicationStrategyResponse200DataRepeatMode",
    "CreateEventDuplicationStrategyResponse200MetaType0",
    "CreateLoyaltyCardTransactionBody",
    "CreateLoyaltyCardTransactionResponse200",
    "CreatePositionQuickBody",
    "CreatePositionQuickResponse201",
    "CreateTagResponse202",
    "CreateTagResponse202Meta",
    "CreateTeamMemberQuickBody",
    "CreateTeamMemberQuickResponse201",
    "CreateTimetableClientScheduleBody",
    "CreateTimetableClientScheduleResponse201",
    "CreateTimetableEventScheduleBody",
    "CreateTimetableEventScheduleBodyDaysItem",
    "CreateTimetableEventScheduleBodyDaysItemDayOfWeek",
    "CreateTimetableEventScheduleBodyOriginalEntityType",
    "CreateTimetableEventScheduleIncludeItem",
    "CreateTimetableEventScheduleResponse201",
    "CreateTimetableScheduleDayBody",
    "CreateTimetableScheduleDayBodyDayOfWeek",
    "CreateTimetableScheduleDayIncludeItem",
    "CreateTimetableScheduleDayResponse201",
    "CreateUserInvitationBody",
    "CreateUserInvitationBodyInvitesItem",
    "CreateUserInvitationBodyInvitesItemUserRoleType1",
    "CreateUserInvitationBodyInvitesItemUserRoleType2Type1",
    "CreateUserInvitationBodyInvitesItemUserRoleType3Type1",
    "CustomerHistoryModelObject",
    "DeleteChainLoyaltyProgramInclude",
    "DeleteClientFileResponse202",
    "DeleteClientFileResponse202Meta",
    "DeleteEventResponse202",
    "DeleteEventResponse202Meta",
    "DeleteImageBody",
    "DeleteTagByTagIdResponse200",
    "DeleteTagByTagIdResponse200Meta",
    "DeleteTagByTagIdResponse202",
    "DeleteTagByTagIdResponse202Meta",
    "DeliveryStatusRequestDataTypesItem",
    "DuplicateEventBody",
    "DuplicateEventResponse200",
    "DuplicateEventResponse200DataItem",
    "DuplicateEventResponse200DataItemMaster",
    "DuplicateEventResponse200DataItemResourceInstancesItem",
    "DuplicateEventResponse200DataItemService",
    "DuplicateEventResponse200Meta",
    "ErrorMeta",
    "ErrorResponse",
    "EventDateRange",
    "EventInASchedule",
    "EventRequest",
    "EventResponse",
    "EventResponseData",
    "EventResponseDataDurationDetails",
    "EventResponseDataLabelsItem",
    "EventResponseDataResourceInstancesItem",
    "EventResponseDataService",
    "EventResponseDataStaff",
    "EventResponseMetaType0",
    "EventSearchFilter",
    "EventSearchFilterDataItem",
    "EventSearchResponse",
    "EventSearchResponseDataItem",
    "EventSearchResponseDataItemLabelsItem",
    "EventSearchResponseDataItemResourceInstancesItem",
    "EventSearchResponseDataItemService",
    "EventSearchResponseDataItemServiceCategory",
    "EventSearchResponseDataItemStaff",
    "EventSearchResponseDataItemStaffPosition",
    "EventSearchResponseMeta",
    "EventServicesResponse",
    "EventServicesResponseDataItem",
    "EventServicesResponseDataItemCategory",
    "EventServicesResponseDataItemResourcesItem",
    "EventServicesResponseDataItemStaffItem",
    "EventServicesResponseMeta",
    "Field200SuccessResponse",
    "GenerateLoyaltyCodeResponse200",
    "GenerateLoyaltyCodeResponse200MetaType0",
    "GetAppointmentCalendarDatesResponse200",
    "GetAppointmentCalendarDatesResponse200MetaType0",
    "GetAppointmentCalendarSessionsResponse200",
    "GetAppointmentCalendarSessionsResponse200DataItem",
    "GetAppointmentCalendarSessionsResponse200MetaType0",
    "GetChainClientAccountHistoryResponse200",
    "GetChainClientAccountHistoryResponse200DataItem",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransaction",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransactionType",
    "GetChainClientAccountHistoryResponse200MetaType0",
    "GetChainLoyaltyProgramInclude",
    "GetChainLoyaltyTransactionListTypesItem",
    "GetChainServiceCategoryListInclude",
    "GetClientAccountByChainAndPhoneResponse200",
    "GetClientAccountByChainAndPhoneResponse200DataItem",
    "GetClientAccountByChainAndPhoneResponse200DataItemDeposit",
    "GetClientAccountByChainAndPhoneResponse200DataItemDepositType",
    "GetClientAccountByChainAndPhoneResponse200Meta",
    "GetClientAccountListByChainResponse200",
    "GetClientAccountListByChainResponse200DataItem",
    "GetClientAccountListByChainResponse200DataItemClient",
    "GetClientAccountListByChainResponse200DataItemDeposit",
    "GetClientAccountListByChainResponse200DataItemDepositType",
    "GetClientAccountListByChainResponse200Meta",
    "GetClientAccountListByLocationAndClientResponse200",
    "GetClientAccountListByLocationAndClientResponse200DataItem",
    "GetClientAccountListByLocationAndClientResponse200DataItemDeposit",
    "GetClientAccountListByLocationAndClientResponse200DataItemDepositType",
    "GetClientAccountListByLocationAndClientResponse200Meta",
    "GetClientResponse200",
    "GetClientResponse200Data",
    "GetClientResponse200MetaType0",
    "GetEventDateRangeResponse200",
    "GetEventSearchFiltersResponse200",
    "GetLocationListIncludeItem",
    "GetLocationLoyaltyProgramListType",
    "GetLocationSubscriptionInformationResponse200",
    "GetLocationSubscriptionInformationResponse200Data",
    "GetLocationSubscriptionInformationResponse200DataOptionsItem",
    "GetLocationSubscriptionInformationResponse200MetaType0",
    "GetMessageStatusListResponse200",
    "GetPartnerAppointmentListResponse200",
    "GetPartnerAppointmentListResponse200DataItem",
    "GetPartnerAppointmentListResponse200DataItemClient",
    "GetPartnerAppointmentListResponse200DataItemCompany",
    "GetPartnerAppointmentListResponse200DataItemCustomFields",
    "GetPartnerAppointmentListResponse200DataItemServicesItem",
    "GetPartnerAppointmentListResponse200DataItemStaff",
    "GetPartnerAppointmentListResponse200Meta",
    "GetTagListByEntityEntity",
    "GetTeamMemberCalculationSchemesCountResponse200",
    "GetTeamMemberPayrollCalculationResponse200",
    "GetTeamMemberSalaryCalculationResponse200",
    "GetTeamMemberSalaryPeriodResponse200",
    "GetTeamMemberSalarySchemesResponse200",
    "GetTeamMemberScheduleListIncludeItem",
    "GetTeamMemberScheduleListResponse200",
    "GetTeamMemberScheduleListResponse200DataItem",
    "GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem",
    "GetTeamMemberScheduleListResponse200DataItemSlotsItem",
    "GetTeamMemberScheduleListResponse200Meta",
    "GetTeamMemberScheduleResponse200",
    "GetTeamMemberScheduleResponse200DataItem",
    "GetTeamMemberScheduleResponse200DataItemSlotsItem",
    "GetTeamMemberScheduleResponse200MetaType0",
    "GetTimeslotSettingsResponse200",
    "GetTimeslotSettingsResponse200Data",
    "GetTimeslotSettingsResponse200DataDatesSettingsItem",
    "GetTimeslotSettingsResponse200DataDatesSettingsItemSetting",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItem",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting",
    "GetTimeslotSettingsResponse200MetaType0",
    "GetUserPermissionsResponse200",
    "GetUserRolesIncludeItem",
    "GetUserRolesResponse200",
    "GiftCard",
    "GiftCardListMeta",
    "GiftCardListResponse",
    "GiftCardStatus",
    "GiftCardType",
    "GiftCardTypeDetails",
    "GiftCardTypeDetailsItemType",
    "GiftCardTypeListMeta",
    "GiftCardTypeListResponse",
    "GoodsCompanyRequestDataType",
    "GoodsCompanyRequestWithRulesDataType",
    "GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem",
    "HandleFiscalizationCallbackBody",
    "Image",
    "ImageGroup",
    "ImageGroupImageGroup",
    "IssueLoyaltyCardRequest",
    "LicenseOption",
    "ListClientCommentsResponse200",
    "ListEventDuplicationStrategiesResponse200",
    "ListEventDuplicationStrategiesResponse200DataItem",
    "ListEventDuplicationStrategiesResponse200DataItemRepeatMode",
    "ListEventDuplicationStrategiesResponse200Meta",
    "ListRolesIncludeItem",
    "ListRolesResponse200",
    "ListTimetableScheduleDayEventsResponse200",
    "Location",
    "LocationBookingWidgetPromoType0",
    "LocationListResponse",
    "LocationListResponseMetaType0",
    "LocationLoyaltyProgramListResponse",
    "LocationLoyaltyProgramListResponseDataItem",
    "LocationLoyaltyProgramListResponseMeta",
    "LocationResponse",
    "LocationResponseData",
    "LocationResponseDataAccess",
    "LocationResponseDataBookformsItem",
    "LocationResponseDataGroups",
    "LocationResponseDataGroupsAdditionalProperty",
    "LocationResponseDataMainGroupType0",
    "LocationResponseDataPaymentPolicy",
    "LocationResponseDataSocial",
    "LocationResponseMetaType0",
    "LoyaltyCard",
    "LoyaltyCardResponse",
    "LoyaltyCardResponseProgramsItem",
    "LoyaltyCardResponseProgramsItemLoyaltyType",
    "LoyaltyCardResponseProgramsItemRulesItem",
    "LoyaltyCardResponseSalonGroup",
    "LoyaltyCardResponseType",
    "LoyaltyCardType",
    "LoyaltyCardTypesResponseDataTypesItem",
    "LoyaltyCardTypesResponseDataTypesItemSalonGroup",
    "LoyaltyClientStatisticsResponse",
    "LoyaltyClientStatisticsResponseData",
    "LoyaltyClientStatisticsResponseDataClientStats",
    "LoyaltyClientStatisticsResponseDataClientStatsNew",
    "LoyaltyClientStatisticsResponseDataClientStatsOld",
    "LoyaltyClientStatisticsResponseDataClientStatsTotal",
    "LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem",
    "LoyaltyClientStatisticsResponseMetaType0",
    "LoyaltyEntityAttendanceItem",
    "LoyaltyGenerateCode200DataOption",
    "LoyaltyGenerateCode200Option",
    "LoyaltyGenerateCode200OptionMetaType0",
    "LoyaltyGenerateCodeErrorMetaOption",
    "LoyaltyGenerateCodeErrorOption",
    "LoyaltyNotificationMessageTemplate",
    "LoyaltyNotificationMessageTemplateRequest",
    "LoyaltyNotificationMessageTemplateRequestType",
    "LoyaltyProgram",
    "LoyaltyProgramCreateRequest",
    "LoyaltyProgramCreateRequestExpirationTimeoutUnit",
    "LoyaltyProgramCreateRequestGoodItemType",
    "LoyaltyProgramCreateRequestParamsSourceType",
    "LoyaltyProgramCreateRequestServiceItemType",
    "LoyaltyProgramCreateRequestType",
    "LoyaltyProgramCreateRequestValueUnit",
    "LoyaltyProgramRule",
    "LoyaltyProgramRuleRequest",
    "LoyaltyProgramUpdateRequest",
    "LoyaltyProgramUpdateRequestExpirationTimeoutUnit",
    "LoyaltyRevenueStatisticsResponse",
    "LoyaltyRevenueStatisticsResponseData",
    "LoyaltyRevenueStatisticsResponseDataCurrency",
    "LoyaltyRevenueStatisticsResponseDataIncomeStats",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsNew",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsOld",
    "LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal",
    "LoyaltyRevenueStatisticsResponseMetaType0",
    "LoyaltyTeamMemberStatisticsResponse",
    "LoyaltyTeamMemberStatisticsResponseDataItem",
    "LoyaltyTeamMemberStatisticsResponseDataItemClientStats",
    "LoyaltyTeamMemberStatisticsResponseDataItemStaff",
    "LoyaltyTeamMemberStatisticsResponseMeta",
    "LoyaltyTransaction",
    "LoyaltyTransactionDataItem",
    "LoyaltyTransactionDataItemType",
    "LoyaltyTransactionMeta",
    "Membership",
    "MembershipBalanceContainer",
    "MembershipBalanceContainerLinksItem",
    "MembershipBalanceContainerLinksItemCategory",
    "MembershipBalanceContainerLinksItemCategoryCategory",
    "MembershipBalanceContainerLinksItemService",
    "MembershipBalanceContainerLinksItemServiceCategory",
    "MembershipListMeta",
    "MembershipListResponse",
    "MembershipStatus",
    "MembershipType",
    "MembershipTypeDetails",
    "MembershipTypeDetailsBalanceContainer",
    "MembershipTypeDetailsBalanceContainerLinksItem",
    "MembershipTypeDetailsBalanceContainerLinksItemCategory",
    "MembershipTypeDetailsBalanceContainerLinksItemCategoryCategory",
    "MembershipTypeDetailsBalanceContainerLinksItemService",
    "MembershipTypeDetailsBalanceContainerLinksItemServiceCategory",
    "MembershipTypeListMeta",
    "MembershipTypeListResponse",
    "MetaObjectWithResponseResultsCount",
    "ModelObjectConsumableInService",
    "ModelObjectLocationMinimumInformation",
    "ModelObjectPermissionOption",
    "ModelObjectPermissionsAndUserRole",
    "ModelObjectPermissionType",
    "ModelObjectPermissionValue",
    "ModelObjectPermissionWithNestedPermissions",
    "ModelObjectPermissionWithNestedPermissionsChildrenType0Item",
    "ModelObjectPresenceOfTipWithoutAmount",
    "ModelObjectServiceInCustomersHistoryAppointment",
    "ModelObjectUserRole",
    "MutualSettlements",
    "MutualSettlementsGroupedByDate",
    "MutualSettlementsGroupedByDatePayrollDailyItem",
    "NoDataInResponse",
    "ObjectOfModelClientSchedule",
    "ObjectOfModelCommentForAClient",
    "ObjectOfModelFileInAClientDetails",
    "ObjectOfModelResourceInstance",
    "ObjectOfModelSchedule",
    "ObjectOfModelScheduleSeries",
    "ObjectOfModelServiceTeamMember",
    "ObjectOfModelTag",
    "ObjectOfModelTeamMemberWithPosition",
    "ObjectOfModelUserWithNameAndAvatar",
    "PaymentAtTheCheckout",
    "PaymentAtTheCheckoutPayment",
    "PaymentAtTheCheckoutPaymentMethod",
    "PaymentDetailsObject",
    "PaymentViaClientPersonalAccount",
    "PaymentViaClientPersonalAccountPayment",
    "PaymentViaClientPersonalAccountPaymentMethod",
    "PaymentWithAGiftCard",
    "PaymentWithAGiftCardPayment",
    "PaymentWithAGiftCardPaymentMethod",
    "PaymentWithMembershipWorksOnlyForTheVisit",
    "PaymentWithMembershipWorksOnlyForTheVisitPayment",
    "PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod",
    "PayrollCalculationDiscrepancyDetailsObject",
    "PayrollCalculationRulesDetailsObject",
    "PayrollForAPeriodForATeamMember",
    "PayrollForAPeriodForATeamMemberGroupedByDate",
    "PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem",
    "PayWithALoyaltyCard",
    "PayWithALoyaltyCardPayment",
    "PayWithALoyaltyCardPaymentMethod",
    "PayWithALoyaltyProgram",
    "PayWithALoyaltyProgramPayment",
    "PayWithALoyaltyProgramPaymentMethod",
    "PayWithReferralProgramWorksOnlyForVisit",
    "PayWithReferralProgramWorksOnlyForVisitPayment",
    "PayWithReferralProgramWorksOnlyForVisitPaymentMethod",
    "PhoneNumberFormatCheckResponse200",
    "PhoneNumberFormatCheckResponse200Data",
    "PhoneNumberFormatCheckResponse200MetaType0",
    "Position",
    "PositionCompact",
    "PrintFiscalReceiptBody",
    "Product",
    "ProductListResponse",
    "ProductListResponseMetaType0",
    "ProductResponse",
    "ProductResponseDataType0",
    "ProductResponseDataType0ActualAmountsItem",
    "ProductResponseDataType1Item",
    "ProductResponseDataType1ItemActualAmountsItem",
    "ProductResponseMetaType0",
    "ReferralProgramRequest",
    "RemoveUserFromLocationsBody",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem",
    "RequestValidationErrorMessage",
    "RequestValidationErrorMessageErrorsItem",
    "ResponseMetaEmptyObjectType0",
    "RootTypeBookformCreateRequest",
    "RootTypeBookformCreateRequestButtonPosition",
    "RootTypeBookformCreateRequestFormPosition",
    "RootTypeBookformSettingsResponse",
    "RootTypeBookformSettingsResponseHeaderImagesType0",
    "RootTypeForAccountsResponseDataTypes",
    "RootTypeForAccountsResponseDataTypesDataItem",
    "RootTypeForAccountsResponseDataTypesMetaType0",
    "RootTypeForAnalyticsReportOverallClientStats",
    "RootTypeForAnalyticsReportOverallFullnessStats",
    "RootTypeForAnalyticsReportOverallRecordStats",
    "RootTypeForAnalyticsReportOverallSumStats",
    "RootTypeForBookformUpdateRequest",
    "RootTypeForBookformUpdateRequestButtonPosition",
    "RootTypeForBookformUpdateRequestFormPosition",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypes",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItem",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields",
    "RootTypeForClientsCompanyidResponseDeprecatedDataTypesMeta",
    "RootTypeForCommentsCompanyidRequestDataTypes",
    "RootTypeForCompanyCompanyidClientsSearchResponse400DataTypes",
    "RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMeta",
    "RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors",
    "RootTypeForCompanyCompanyidClientsSearchResponse402DataTypes",
    "RootTypeForCompanyCompanyidClientsSearchResponse402DataTypesMeta",
    "RootTypeForCompanyCompanyidClientsSearchResponse404DataTypes",
    "RootTypeForCompanyCompanyidClientsSearchResponse404DataTypesMeta",
    "RootTypeForCompanyCompanyidClientsSearchResponse404DataTypesMetaErrorsItem",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType0",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType1Item",
    "RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0",
    "RootTypeForCompanyCompanyidStaffStaffidResponse403DataTypes",
    "RootTypeForCompanyCompanyidStaffStaffidResponse403DataTypesMeta",
    "RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypes",
    "RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypesMeta",
    "RootTypeForCompanyCompanyidStaffStaffidResponse404DataTypesMetaErrorsItem",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecated",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0",
    "RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0",
    "RootTypeForCompanyCreateRequestDataTypes",
    "RootTypeForCompanyCreateResponseDataTypes",
    "RootTypeForCompanyCreateResponseDataTypesData",
    "RootTypeForCompanyCreateResponseDataTypesMetaType0",
    "RootTypeForCompanyGetOnlineSettingsResponseDataFieldDataTypes",
    "RootTypeForCompanyGetOnlineSettingsResponseDataTypes",
    "RootTypeForCompanyGetOnlineSettingsResponseDataTypesMetaType0",
    "RootTypeForCompanyGetTimetableSettingsResponseDataFieldDataTypes",
    "RootTypeForCompanyGetTimetableSettingsResponseDataTypes",
    "RootTypeForCompanyGetTimetableSettingsResponseDataTypesMetaType0",
    "RootTypeForCompanyPutRequestDataTypes",
    "RootTypeForCompanyPutRequestDataTypesSocial",
    "RootTypeForCompanyPutResponseDataTypes",
    "RootTypeForCompanyPutResponseDataTypesData",
    "RootTypeForCompanyPutResponseDataTypesDataAccess",
    "RootTypeForCompanyPutResponseDataTypesDataMainGroupType0",
    "RootTypeForCompanyPutResponseDataTypesDataSocial",
    "RootTypeForCompanyPutResponseDataTypesMetaType0",
    "RootTypeForCompanyUpdateOnlineSettingsDataType",
    "RootTypeForCompanyUpdateTimetableSettingsDataType",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypes",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItem",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess",
    "RootTypeForCompanyUsersDeprecatedResponseDataTypesMetaType0",
    "RootTypeForCurrency",
    "RootTypeForCustomFieldsRequestDataType",
    "RootTypeForCustomFieldsResponseDataTypes",
    "RootTypeForCustomFieldsResponseDataTypesDataType0",
    "RootTypeForCustomFieldsResponseDataTypesDataType0CustomField",
    "RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType",
    "RootTypeForCustomFieldsResponseDataTypesDataType1Item",
    "RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField",
    "RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType",
    "RootTypeForCustomFieldsResponseDataTypesMetaType0",
    "RootTypeForDepositOperationResponseDataTypes",
    "RootTypeForDepositOperationResponseDataTypesData",
    "RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem",
    "RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit",
    "RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType",
    "RootTypeForDepositOperationResponseDataTypesDataDocument",
    "RootTypeForDepositOperationResponseDataTypesDataDocumentSalon",
    "RootTypeForDepositOperationResponseDataTypesDataDocumentType",
    "RootTypeForDepositOperationResponseDataTypesDataDocumentUser",
    "RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem",
    "RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType",
    "RootTypeForDepositOperationResponseDataTypesMetaType0",
    "RootTypeForEmailClientsByFilterRequestDataTypes",
    "RootTypeForEmailClientsByIdRequestDataTypes",
    "RootTypeForFinanceTransactionRequestDataTypes",
    "RootTypeForFinanceTransactionResponseDataTypes",
    "RootTypeForFinanceTransactionResponseDataTypesData",
    "RootTypeForFinanceTransactionResponseDataTypesDataAccount",
    "RootTypeForFinanceTransactionResponseDataTypesDataClient",
    "RootTypeForFinanceTransactionResponseDataTypesDataExpense",
    "RootTypeForFinanceTransactionResponseDataTypesDataMaster",
    "RootTypeForFinanceTransactionResponseDataTypesDataSupplierItem",
    "RootTypeForFinanceTransactionResponseDataTypesMetaType0",
    "RootTypeForFiscalizationRequestDataTypes",
    "RootTypeForFiscalizationRequestDataTypesCashier",
    "RootTypeForFiscalizationRequestDataTypesCustomer",
    "RootTypeForFiscalizationRequestDataTypesPaymentsItem",
    "RootTypeForFiscalizationRequestDataTypesPos",
    "RootTypeForFiscalizationRequestDataTypesPositionsItem",
    "RootTypeForFiscalizationRequestDataTypesType",
    "RootTypeForGoodCompanyResponse409DataType",
    "RootTypeForGoodCompanyResponse409DataTypeMeta",
    "RootTypeForGoodsCategoriesRequestDataTypes",
    "RootTypeForGoodsCategoriesResponse200DataTypes",
    "RootTypeForGoodsCategoriesResponse200DataTypesDataItem",
    "RootTypeForGoodsCategoriesResponse200DataTypesMeta",
    "RootTypeForGoodsCategoriesResponse201DataTypes",
    "RootTypeForGoodsCategoriesResponse201DataTypesData",
    "RootTypeForGoodsCategoriesResponse201DataTypesMetaType0",
    "RootTypeForGoodsCategoryNodeResponse200DataTypes",
    "RootTypeForGoodsCategoryNodeResponse200DataTypesData",
    "RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem",
    "RootTypeForGoodsCompanyResponse422DataType",
    "RootTypeForGoodsCompanyResponse422DataTypeMeta",
    "RootTypeForGoodsCompanyResponse422DataTypeMetaErrorsItem",
    "RootTypeForGoodsSearchResponse200DataTypes",
    "RootTypeForGoodsSearchResponse200DataTypesDataItem",
    "RootTypeForGoodsSearchResponse200DataTypesMeta",
    "RootTypeForGroupGroupidClientsResponseDataTypes",
    "RootTypeForGroupGroupidClientsResponseDataTypes400",
    "RootTypeForGroupGroupidClientsResponseDataTypes400Meta",
    "RootTypeForGroupGroupidClientsResponseDataTypesData",
    "RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem",
    "RootTypeForGroupGroupidClientsResponseDataTypesMetaType0",
    "RootTypeForGroupsResponseDataTypes",
    "RootTypeForGroupsResponseDataTypesDataItem",
    "RootTypeForGroupsResponseDataTypesDataItemAccess",
    "RootTypeForGroupsResponseDataTypesDataItemCompaniesItem",
    "RootTypeForGroupsResponseDataTypesMetaType0",
    "RootTypeForKkmTransactionsPrintResponseDataType",
    "RootTypeForKkmTransactionsPrintResponseDataTypeData",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemCashier",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemDocument",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemStatus",
    "RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItemType",
    "RootTypeForKkmTransactionsPrintResponseDataTypeMetaType0",
    "RootTypeForKkmTransactionsResponseDataType",
    "RootTypeForKkmTransactionsResponseDataTypeDataItem",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemCashier",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemDocument",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemStatus",
    "RootTypeForKkmTransactionsResponseDataTypeDataItemType",
    "RootTypeForKkmTransactionsResponseDataTypeMeta",
    "RootTypeForNotificationSettingsNotificationTypesDataType",
    "RootTypeForNotificationSettingsNotificationTypesDataTypeDataItem",
    "RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels",
    "RootTypeForNotificationSettingsNotificationTypesDataTypeMeta",
    "RootTypeForNotificationSettingsUsersDataType",
    "RootTypeForNotificationSettingsUsersDataTypeData",
    "RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem",
    "RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItemChannels",
    "RootTypeForNotificationSettingsUsersDataTypeMetaType0",
    "RootTypeForNotificationSettingsUsersRequestDataType",
    "RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem",
    "RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels",
    "RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType",
    "RootTypeForRecordCompanyidResponse201DataTypes",
    "RootTypeForRecordCompanyidResponse201DataTypesData",
    "RootTypeForRecordCompanyidResponse201DataTypesDataClient",
    "RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem",
    "RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem",
    "RootTypeForRecordCompanyidResponse201DataTypesDataStaff",
    "RootTypeForRecordCompanyidResponse201DataTypesMetaType0",
    "RootTypeForResourcesCompanyidDataTypes",
    "RootTypeForResourcesCompanyidDataTypesDataItem",
    "RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem",
    "RootTypeForResourcesCompanyidDataTypesMeta",
    "RootTypeForServiceCategoriesCompanyidRequestDataTypes",
    "RootTypeForServiceCategoriesCompanyidResponseDataTypes",
    "RootTypeForServiceCategoriesCompanyidResponseDataTypesData",
    "RootTypeForServiceCategoriesCompanyidResponseDataTypesMetaType0",
    "RootTypeForServiceCategoryTitle",
    "RootTypeForServicesChangeCompanyidRequestDataTypes",
    "RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem",
    "RootTypeForServicesChangeCompanyidResponseDataTypes",
    "RootTypeForServicesChangeCompanyidResponseDataTypesData",
    "RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem",
    "RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem",
    "RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem",
    "RootTypeForServicesChangeCompanyidResponseDataTypesMetaType0",
    "RootTypeForServicesCompanyidRequestDataTypes",
    "RootTypeForServicesCompanyidRequestDataTypesStaffItem",
    "RootTypeForServicesCompanyidResponseDataTypes",
    "RootTypeForServicesCompanyidResponseDataTypesData",
    "RootTypeForServicesCompanyidResponseDataTypesDataStaffItem",
    "RootTypeForServicesCompanyidResponseDataTypesMetaType0",
    "RootTypeForServiceTitle",
    "RootTypeForSmsClientsByFilterRequestDataTypes",
    "RootTypeForSmsClientsByIdRequestDataTypes",
    "RootTypeForSmsClientsByIdResponseDataTypes",
    "RootTypeForSmsClientsByIdResponseDataTypesMeta",
    "RootTypeForStaffCompanyidRequestDataTypes",
    "RootTypeForStorageOperationDocumentsRequestDataTypes",
    "RootTypeForStorageOperationDocumentsResponseDataTypes",
    "RootTypeForStorageOperationDocumentsResponseDataTypesData",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataType",
    "RootTypeForStorageOperationDocumentsResponseDataTypesDataUser",
    "RootTypeForStorageOperationDocumentsResponseDataTypesMetaType0",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypes",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemAccount",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemClient",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemExpense",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemMasterItem",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemSupplierItem",
    "RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0",
    "RootTypeForStorageOperationGoodTransactionRequestDataTypes",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypes",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesData",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit",
    "RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0",
    "RootTypeForStorageOperationGoodTransactionResponseDataTypes",
    "RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem",
    "RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta",
    "RootTypeForStorageOperationOperationRequestDataTypes",
    "RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem",
    "RootTypeForStorageOperationOperationResponseDataTypes",
    "RootTypeForStorageOperationOperationResponseDataTypesData",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocument",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType",
    "RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType",
    "RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit",
    "RootTypeForStorageOperationOperationResponseDataTypesMetaType0",
    "RootTypeForStorageResponseDataTypes",
    "RootTypeForStorageResponseDataTypesDataItem",
    "RootTypeForStorageResponseDataTypesMetaType0",
    "RootTypeForStoragesTransactionResponseDataTypes",
    "RootTypeForStoragesTransactionResponseDataTypesDataItem",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemClients",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemGood",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemMaster",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemService",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemStorage",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier",
    "RootTypeForStoragesTransactionResponseDataTypesDataItemUnit",
    "RootTypeForStoragesTransactionResponseDataTypesMetaType0",
    "RootTypeForTagsCompanyEntity",
    "RootTypeForTagsCompanyEntityDataItem",
    "RootTypeForTagsCompanyEntityMetaType0",
    "RootTypeForTagsCreateResponse200DataTypes",
    "RootTypeForTagsCreateResponse200DataTypesData",
    "RootTypeForTagsCreateResponse200DataTypesMetaType0",
    "RootTypeForTagsUpdateRequestDataTypes",
    "RootTypeForTaxSystemResponseDataTypes",
    "RootTypeForTaxSystemResponseDataTypesDataItem",
    "RootTypeForTaxSystemResponseDataTypesDataItemVatsItem",
    "RootTypeForTaxSystemResponseDataTypesMeta",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypes",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItem",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItemGood",
    "RootTypeForTechnologicalCardsConsumablesResponse200DataTypesMetaType0",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItemConsumablesItem",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesDataItemTechnologicalCardsItem",
    "RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypesMeta",
    "RootTypeForTechnologicalCardsResponse200DataTypes",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType0",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item",
    "RootTypeForTechnologicalCardsResponse200DataTypesDataType1ItemTechnologicalCardItemsItem",
    "RootTypeForTechnologicalCardsResponse200DataTypesMetaType0",
    "RootTypeForTipsSettingResponseDataTypes",
    "RootTypeForTipsSettingResponseDataTypesDataItem",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaff",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition",
    "RootTypeForTipsSettingResponseDataTypesDataItemStaffUser",
    "RootTypeForTipsSettingResponseDataTypesMeta",
    "RootTypeForTransactionCompanyidResponseDataTypes",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItem",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemClient",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster",
    "RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier",
    "RootTypeForTransactionCompanyidResponseDataTypesMetaType0",
    "RootTypeForUserInviteResponseDataTypes",
    "RootTypeForUserInviteResponseDataTypesMeta",
    "RootTypeForUserPermissionsResponseDataTypes",
    "RootTypeForUserPermissionsResponseDataTypesData",
    "RootTypeForUserPermissionsResponseDataTypesDataClients",
    "RootTypeForUserPermissionsResponseDataTypesDataComers",
    "RootTypeForUserPermissionsResponseDataTypesDataDashboard",
    "RootTypeForUserPermissionsResponseDataTypesDataFinances",
    "RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem",
    "RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem",
    "RootTypeForUserPermissionsResponseDataTypesDataLoyalty",
    "RootTypeForUserPermissionsResponseDataTypesDataNotification",
    "RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord",
    "RootTypeForUserPermissionsResponseDataTypesDataOther",
    "RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem",
    "RootTypeForUserPermissionsResponseDataTypesDataRecordForm",
    "RootTypeForUserPermissionsResponseDataTypesDataSecurity",
    "RootTypeForUserPermissionsResponseDataTypesDataSettings",
    "RootTypeForUserPermissionsResponseDataTypesDataStorages",
    "RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem",
    "RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem",
    "RootTypeForUserPermissionsResponseDataTypesDataTimetable",
    "RootTypeForUserPermissionsResponseDataTypesMetaType0",
    "RootTypeForVisitDetailsDataTypes",
    "RootTypeForVisitDetailsDataTypesData",
    "RootTypeForVisitDetailsDataTypesDataItemsItem",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus",
    "RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType",
    "RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem",
    "RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItemType",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemAccount",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemClient",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemExpense",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemMasterItem",
    "RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItemSupplierItem",
    "RootTypeForVisitDetailsDataTypesMetaType0",
    "RootTypeForVisitsVisitidDataTypes",
    "RootTypeForVisitsVisitidDataTypesData",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItem",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemClient",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff",
    "RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition",
    "RootTypeForVisitsVisitidDataTypesMetaType0",
    "RootTypeForVisitsVisitidRecordidRequestDataTypes",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem",
    "RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem",
    "RootTypeForZReportResponseDataTypes",
    "RootTypeForZReportResponseDataTypesData",
    "RootTypeForZReportResponseDataTypesDataPaids",
    "RootTypeForZReportResponseDataTypesDataPaidsAccountsItem",
    "RootTypeForZReportResponseDataTypesDataPaidsDiscountItem",
    "RootTypeForZReportResponseDataTypesDataPaidsTotal",
    "RootTypeForZReportResponseDataTypesDataStats",
    "RootTypeForZReportResponseDataTypesDataZData",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem",
    "RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItemTransactionsItem",
    "RootTypeForZReportResponseDataTypesMetaType0",
    "SalaryBalanceObject",
    "SalaryCalculationItemObject",
    "SalaryCalculationItemTargetObject",
    "SalaryCalculationItemTargetRuleObject",
    "SalaryCalculationObject",
    "SalaryCalculationObjectWithDetails",
    "SalarySchemeObject",
    "SalarySchemeObjectSalaryScheme",
    "SalarySchemesCount",
    "SalaryTotals",
    "SaleDocumentResponse",
    "SaleDocumentResponseData",
    "SaleDocumentResponseDataKkmState",
    "SaleDocumentResponseDataKkmStateTransactionsItem",
    "SaleDocumentResponseDataKkmStateTransactionsItemCashier",
    "SaleDocumentResponseDataKkmStateTransactionsItemDocument",
    "SaleDocumentResponseDataKkmStateTransactionsItemStatus",
    "SaleDocumentResponseDataKkmStateTransactionsItemType",
    "SaleDocumentResponseDataPaymentMethodsItem",
    "SaleDocumentResponseDataPaymentMethodsItemAccount",
    "SaleDocumentResponseDataState",
    "SaleDocumentResponseDataStateItemsItem",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItem",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemChain",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType",
    "SaleDocumentResponseDataStateLoyaltyTransactionsItemType",
    "SaleDocumentResponseDataStatePaymentTransactionsItem",
    "SaleDocumentResponseDataStatePaymentTransactionsItemAccount",
    "SaleDocumentResponseDataStatePaymentTransactionsItemExpense",
    "SaleDocumentResponseMetaType0",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem",
    "SearchClientVisitsBody",
    "SearchClientVisitsBodyAttendanceType1",
    "SearchClientVisitsBodyAttendanceType2Type1",
    "SearchClientVisitsBodyAttendanceType3Type1",
    "SearchClientVisitsBodyPaymentStatusesItem",
    "SearchClientVisitsResponse200",
    "SearchEventDatesResponse200",
    "SearchEventDatesResponse200MetaType0",
    "SearchMembershipsForEventResponse200",
    "SearchMembershipsForEventResponse200DataItem",
    "SearchMembershipsForEventResponse200DataItemAttributes",
    "SearchMembershipsForEventResponse200DataItemRelationships",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData",
    "SearchMembershipsForEventResponse200IncludedItem",
    "SearchTeamMemberCalculationDailySalaryResponse200",
    "SearchTeamMemberCalculationSalaryResponse200",
    "SearchTeamMemberPayrollCalculationResponse200",
    "SearchTeamMemberPeriodDailySalaryResponse200",
    "SearchTeamMemberPeriodSalaryResponse200",
    "SearchTimetableEventSchedulesByEventEntityType",
    "SearchTimetableEventSchedulesByEventIncludeItem",
    "SearchTimetableEventSchedulesByEventResponse200",
    "Service",
    "ServiceListResponse",
    "ServiceListResponseMetaType0",
    "ServiceResponse",
    "ServiceResponseDataType0",
    "ServiceResponseDataType0StaffItem",
    "ServiceResponseDataType1Item",
    "ServiceResponseDataType1ItemStaffItem",
    "ServiceResponseMetaType0",
    "SetTeamMemberScheduleBody",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem",
    "SetTeamMemberScheduleBodySchedulesToSetItem",
    "SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem",
    "SetTeamMemberScheduleResponse200",
    "SetTeamMemberScheduleResponse200DataItem",
    "SetTeamMemberScheduleResponse200DataItemSlotsItem",
    "SetTeamMemberScheduleResponse200Meta",
    "StaffPositionType0",
    "SubscriptionType",
    "SubscriptionTypeAvailabilityItem",
    "SubscriptionTypeAvailabilityItemIntervalsItem",
    "SubscriptionTypeBalanceContainer",
    "SubscriptionTypeBalanceContainerLinksItem",
    "SubscriptionTypeBalanceContainerLinksItemCategory",
    "SubscriptionTypeBalanceContainerLinksItemCategoryCategoryType0Item",
    "SubscriptionTypeBalanceContainerLinksItemCategoryCategoryType1",
    "SubscriptionTypeBalanceContainerLinksItemService",
    "SubscriptionTypeBalanceContainerLinksItemServiceCategory",
    "SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType1",
    "SubscriptionTypeCategoryType0",
    "TeamMember",
    "TeamMemberImageGroupItem",
    "TeamMemberListResponse",
    "TeamMemberListResponseMetaType0",
    "TeamMemberPositionType0",
    "TeamMemberResponse",
    "TeamMemberResponseDataType0",
    "TeamMemberResponseDataType0PositionType0",
    "TeamMemberResponseDataType1Item",
    "TeamMemberResponseDataType1ItemPositionType0",
    "TeamMemberResponseMetaType0",
    "TeamMemberUserItem",
    "TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient",
    "TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient",
    "TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits",
    "TotalTipModelObject",
    "UnlinkAppointmentServiceAssociationBodyItem",
    "UpdateChainLoyaltyProgramInclude",
    "UpdateClientBody",
    "UpdateClientBodyCustomFields",
    "UpdateClientResponse200",
    "UpdateClientResponse200Data",
    "UpdateClientResponse200DataCustomFields",
    "UpdateClientResponse200MetaType0",
    "UpdateEventDuplicationStrategyBody",
    "UpdateEventDuplicationStrategyBodyDaysItem",
    "UpdateEventDuplicationStrategyResponse200",
    "UpdateEventDuplicationStrategyResponse200Data",
    "UpdateEventDuplicationStrategyResponse200DataRepeatMode",
    "UpdateEventDuplicationStrategyResponse200MetaType0",
    "UpdateServiceLinksBody",
    "UpdateServiceLinksBodyTeamMemberSettingsItem",
    "UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0",
    "UpdateServiceLinksBodyTranslationsItem",
    "UpdateServiceLinksResponse200",
    "UpdateServiceLinksResponse200Data",
    "UpdateServiceLinksResponse200MetaType0",
    "UpdateServiceTeamMemberAssignmentBody",
    "UpdateServiceTeamMemberAssignmentResponse200",
    "UpdateTagByTagIdResponse202",
    "UpdateTagByTagIdResponse202Meta",
    "UpdateTeamMemberScheduleBodyItem",
    "UpdateTeamMemberScheduleBodyItemSlotsItem",
    "UpdateTimetableClientScheduleBody",
    "UpdateTimetableClientScheduleResponse200",
    "UpdateTimetableEventScheduleBody",
    "UpdateTimetableEventScheduleResponse200",
    "UpdateTimetableScheduleDayBody",
    "UpdateTimetableScheduleDayIncludeItem",
    "UpdateTimetableScheduleDayResponse200",
    "UpdateUserPermissionsBody",
    "UpdateUserPermissionsBodyUserRole",
    "UpdateUserPermissionsResponse200",
    "UploadImageBody",
    "UploadImageResponse200",
    "UploadImageResponse200Data",
    "UploadImageResponse200MetaType0",
    "VisitLoyaltyApplyResponse",
    "VisitLoyaltyApplyResponseItemsItem",
    "VisitLoyaltyApplyResponseKkmTransactionDetailsContainer",
    "VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem",
    "VisitLoyaltyApplyResponseLoyaltyTransactionsItem",
    "VisitLoyaltyApplyResponseLoyaltyTransactionsItemType",
    "VisitLoyaltyApplyResponsePaymentTransactionsItem",
    "VisitLoyaltyCancelResponse",
    "VisitLoyaltyCancelResponseItemsItem",
    "VisitLoyaltyCancelResponseKkmTransactionDetailsContainer",
    "VisitLoyaltyCancelResponseKkmTransactionDetailsContainerTransactionsItem",
    "VisitLoyaltyCancelResponseLoyaltyTransactionsItem",
    "VisitLoyaltyCancelResponsePaymentTransactionsItem",
    "VisitLoyaltyRequest",
    "VisitLoyaltyTransaction",
    "VisitLoyaltyTransactionProgram",
    "VisitLoyaltyTransactionType",
    "VisitorModelObject",
)
