"""A receptionist's day on the core API: find a client, book, change and cancel an appointment.

One readable line per step, no secrets: no token, phone, e-mail or full client name is printed.
Settings come from the environment; the defaults suit the local mock (`make demo`):

    ALTEGIO_BASE_URL       API root (default: production, https://api.alteg.io/api/v1)
    ALTEGIO_PARTNER_TOKEN  partner token (marketplace developer account)
    ALTEGIO_USER_TOKEN     user token; when set, no login is made
    ALTEGIO_LOGIN          user login (phone number or e-mail address), without a user token
    ALTEGIO_PASSWORD       user password, without a user token
    ALTEGIO_LOCATION_ID    location (company) id
    ALTEGIO_PHONE          the client's phone number, to find the client by
    ALTEGIO_DAY            the day to book, YYYY-MM-DD (default: tomorrow)

Against the live API this creates an appointment, changes it, adds a comment to the client's
card and deletes the appointment again (also when a step in between fails; the comment stays):
point it at a test location. Exits 1 on the first failure, with the error (which never carries
a secret).
"""

from __future__ import annotations

import datetime
import os
import sys
from typing import Any, TypeVar

from altegio import PRODUCTION_URL, Altegio, AltegioError
from altegio_client.api.clients import get_client_list
from altegio_client.models import (
    AppointmentRequest,
    AppointmentRequestClient,
    AppointmentRequestServicesItem,
    ClientSearchRequest,
    ClientSearchRequestFiltersItem,
    ClientSearchRequestFiltersItemState,
    CreateClientCommentBody,
    SearchClientVisitsBody,
)
from altegio_client.types import Unset

T = TypeVar("T")
DEMO = {
    "ALTEGIO_PARTNER_TOKEN": "demo-partner-token",
    "ALTEGIO_LOGIN": "demo@example.com",
    "ALTEGIO_PASSWORD": "demo-password",
    "ALTEGIO_LOCATION_ID": "1",
    "ALTEGIO_PHONE": "+13155550175",
}


def setting(name: str) -> str:
    return os.environ.get(name) or DEMO[name]


def known(value: T | Unset | None, default: str = "?") -> T | str:
    return default if value is None or isinstance(value, Unset) else value


def need(value: T | Unset | None, what: str) -> T:
    """The value, or exit with a one-line message: the answer lacks something the next step needs."""
    if value is None or isinstance(value, Unset):
        raise SystemExit(f"failed: {what}")
    return value


def show(step: str, text: str) -> None:
    print(f"{step:24} {text}")


def initials(name: str | Unset | None) -> str:
    """'J. S.' for 'James Smith': enough to tell clients apart on screen, not enough to name them."""
    words = [] if name is None or isinstance(name, Unset) else name.split()
    return " ".join(f"{word[0]}." for word in words) or "?"


def booking_day() -> datetime.date:
    given = os.environ.get("ALTEGIO_DAY")
    if given:
        return datetime.date.fromisoformat(given)
    return datetime.date.today() + datetime.timedelta(days=1)


def zone_of(stamp: str | Unset) -> datetime.tzinfo:
    """The location's UTC offset as the schedule states it; this machine's zone if it states none."""
    try:
        parsed = datetime.datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
    except ValueError:
        parsed = None
    if parsed is not None and parsed.tzinfo is not None:
        return parsed.tzinfo
    return datetime.datetime.now().astimezone().tzinfo or datetime.UTC


def minutes(seconds: float | Unset) -> str:
    return f"{int(seconds) // 60} min" if isinstance(seconds, int | float) else "? min"


def appointment(
    staff_id: int, service_id: int, client: dict[str, str], start: datetime.datetime, length: int, comment: str
) -> AppointmentRequest:
    """A standard appointment body (create and update take the same one; update replaces it whole)."""
    return AppointmentRequest(
        staff_id=staff_id,
        services=[AppointmentRequestServicesItem(id=service_id)],
        client=AppointmentRequestClient.from_dict(client),
        datetime_=start,
        seance_length=length,
        save_if_busy=False,
        send_sms=False,
        comment=comment,
    )


def run(base_url: str | None, **client_options: Any) -> None:
    location, phone, day = int(setting("ALTEGIO_LOCATION_ID")), setting("ALTEGIO_PHONE"), booking_day()

    with Altegio(setting("ALTEGIO_PARTNER_TOKEN"), base_url=base_url or PRODUCTION_URL, **client_options) as partner:
        token = os.environ.get("ALTEGIO_USER_TOKEN")
        desk = (
            partner.with_user_token(token)
            if token
            else partner.login(setting("ALTEGIO_LOGIN"), setting("ALTEGIO_PASSWORD"))
        )

        # 1. The client on the phone: a quick search (name, phone or e-mail) for the number.
        by_phone = ClientSearchRequestFiltersItem(
            type_="quick_search", state=ClientSearchRequestFiltersItemState(value=phone)
        )
        search = ClientSearchRequest(page=1, page_size=5, fields=["id", "name"], filters=[by_phone])
        found = desk.call(get_client_list.sync_detailed, location_id=location, body=search)  # call: meta too
        matches = [] if isinstance(found.data, Unset) else found.data
        total = known(found.meta.total_count) if not isinstance(found.meta, Unset) else "?"
        if not matches:
            raise SystemExit("failed: get_client_list: no client has that phone number")
        client = matches[0]
        client_id = need(client.id, "get_client_list: the client found has no id")
        show("find client by phone", f"client #{client_id} ({initials(client.name)}); {len(matches)} shown of {total}")

        # 2. Who works here and what they offer.
        team = desk.team_members.get_team_member_list(location_id=location)
        bookable = [m for m in team if m.bookable is not False and not m.fired and isinstance(m.id, int)]
        member = bookable[0] if bookable else None
        if member is None:
            raise SystemExit("failed: get_team_member_list: no bookable team member")
        staff_id = need(member.id, "get_team_member_list: no team member id")
        roles = ", ".join(f"#{known(m.id)} {known(m.specialization)}" for m in team[:3])
        show("list team members", f"{len(team)} team member(s), {len(bookable)} bookable: {roles}")

        services = desk.services.get_service_list(location_id=location)
        offered = [s for s in services if s.active != 0 and isinstance(s.id, int)]
        service = offered[0] if offered else None
        if service is None:
            raise SystemExit("failed: get_service_list: no active service")
        service_id = need(service.id, "get_service_list: no service id")
        duration = service.duration
        length = int(duration) if isinstance(duration, int | float) and duration > 0 else 3600
        titles = ", ".join(f"#{known(s.id)} {known(s.title)} ({minutes(s.duration)})" for s in services[:3])
        show("list services", f"{len(services)} service(s): {titles}")

        # 3. The team member's working hours that day (dates go in the path as YYYYMMDD integers).
        ymd = int(day.strftime("%Y%m%d"))
        days = desk.schedule_resources.get_team_member_schedule(
            location_id=location,
            team_member_id=staff_id,
            start_date=ymd,
            end_date=ymd,
        )
        working = next((d for d in days if d.is_working and not isinstance(d.slots, Unset) and d.slots), None)
        if working is None or isinstance(working.slots, Unset):
            raise SystemExit(f"failed: get_team_member_schedule: team member #{staff_id} does not work on {day}")
        slots = [(str(s["from"]), str(s["to"])) for s in working.slots if "from" in s and "to" in s]
        if not slots:
            raise SystemExit("failed: get_team_member_schedule: the working day has no from/to slots")
        hours = ", ".join(f"{start}-{end}" for start, end in slots)
        show("team member schedule", f"#{staff_id} on {day}: working {hours}")

        # 4. Book the first slot of the day.
        zone = zone_of(working.date)
        start = datetime.datetime.combine(day, datetime.time.fromisoformat(slots[0][0]), tzinfo=zone)
        who = {"phone": phone, "name": str(known(client.name, ""))}
        body = appointment(staff_id, service_id, who, start, length, "booked at the front desk")
        created = desk.appointments.create_appointment(location_id=location, body=body)
        if not created:
            raise SystemExit("failed: create_appointment: the answer lists no appointment")
        record_id = need(created[0].id, "create_appointment: the appointment has no id")
        at = known(created[0].datetime_)
        show("create appointment", f"#{record_id} at {at} with #{known(created[0].staff_id)}, {minutes(length)}")

        deleted = False
        try:
            # 5. The client calls back: half an hour later. An update replaces the whole appointment.
            later = start + datetime.timedelta(minutes=30)
            body = appointment(staff_id, service_id, who, later, length, "moved by 30 min at the client's request")
            changed = desk.appointments.update_appointment(location_id=location, record_id=record_id, body=body)
            show(
                "update appointment",
                f"#{known(changed.id)} now at {known(changed.datetime_)}: {known(changed.comment)!s}",
            )

            # 6. A note on the client's card.
            note = CreateClientCommentBody(text="Prefers afternoon appointments.")
            comment = desk.clients.create_client_comment(location_id=location, client_id=client_id, body=note)
            show("add client comment", f"#{known(comment.id)} on client #{client_id} ({known(comment.type_)})")

            # 7. The client's history: the last 90 days and the booked ones ahead.
            window = SearchClientVisitsBody(
                client_id=client_id,
                from_=datetime.date.today() - datetime.timedelta(days=90),
                to=day + datetime.timedelta(days=30),
                payment_statuses=[],
            )
            history = desk.clients.search_client_visits(location_id=location, body=window)
            records = [] if isinstance(history.records, Unset) else history.records
            sales = [] if isinstance(history.goods_transactions, Unset) else history.goods_transactions
            latest = f"; latest #{known(records[0].id)} on {known(records[0].date)}" if records else ""
            show(
                "list client visits",
                f"client #{client_id}: {len(records)} appointment(s), {len(sales)} sale(s){latest}",
            )

            # 8. Clean up: the appointment was only a test.
            desk.appointments.delete_appointment(location_id=location, record_id=record_id)
            deleted = True
            show("delete appointment", f"#{record_id} deleted")
        finally:
            if not deleted:
                try:
                    desk.appointments.delete_appointment(location_id=location, record_id=record_id)
                except AltegioError:
                    print(f"note: the test appointment #{record_id} was left in place", file=sys.stderr)


def main(argv: list[str]) -> int:
    del argv
    try:
        run(os.environ.get("ALTEGIO_BASE_URL"))
    except AltegioError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
