"""Write the typed surface of the clients: ``user.<tag>.<operationId>(...)`` for every generated operation.

Run after openapi-python-client, on its output folder::

    python scripts/generate_surface.py build/generated

It reads the generated package (the AST of each ``api/<tag>/<operation>.py``: ``sync_detailed``'s
parameters without ``client``, its docstring and return type, and the imports its annotations need;
for an envelope answer, the annotation of the model's ``data``) and writes
``altegio_client/surface/__init__.py`` (the mixins ``SyncSurface`` and ``AsyncSurface``: one property per
tag, importing the tag's module on first use) and ``altegio_client/surface/<tag>.py`` (the classes
``<Tag>`` and ``Async<Tag>``: one method per operation, handing ``sync_detailed``/``asyncio_detailed``
to the client's ``data``, and ``iter_<operationId>`` for each paged list, handing it to ``iterate``).
The result is formatted with the generator's post-hooks (ruff, with the generated project's settings),
so that a regeneration gives the same bytes.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "altegio_client"
# The page size, as the published operations name it: altegio._pagination.SIZE_PARAMS, copied because this
# step runs before the runtime (which imports the surface) can be imported; tests/test_surface.py compares them.
SIZE_PARAMS = ("page_size", "count", "editable_length", "limit", "per_page")
ERROR_MODEL = "ErrorResponse"
Imports = dict[str, tuple[str, str]]  # a local name -> (absolute module, imported name)


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(tree: ast.Module, module: str) -> Imports:
    """Every ``from x import y`` of a module, TYPE_CHECKING blocks included."""
    found: Imports = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = _absolute(module, node, is_package=False)
            for alias in node.names:
                found[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found[alias.asname or alias.name] = (alias.name, "")
    return found


def names_in(node: ast.AST | None) -> set[str]:
    if node is None:
        return set()
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    for n in ast.walk(node):  # string annotations
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            with contextlib.suppress(SyntaxError):
                names |= names_in(ast.parse(n.value, mode="eval"))
    return names


def union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return union_members(node.left) + union_members(node.right)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return union_members(ast.parse(node.value, mode="eval").body)
    return [node]


def union_of(members: list[ast.expr]) -> ast.expr:
    result = members[0]
    for member in members[1:]:
        result = ast.BinOp(left=result, op=ast.BitOr(), right=member)
    return result


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


@dataclass
class Generated:
    """The generated package of one output folder, read as source."""

    root: Path  # the folder holding altegio_client/
    _trees: dict[str, tuple[ast.Module, Imports]] = field(default_factory=dict)

    def module(self, name: str) -> tuple[ast.Module, Imports]:
        if name not in self._trees:
            path = self.root.joinpath(*name.split(".")).with_suffix(".py")
            tree = ast.parse(path.read_text(encoding="utf-8"))
            self._trees[name] = (tree, imports_of(tree, name))
        return self._trees[name]

    def data_annotation(self, model: str, imports: Imports) -> tuple[ast.expr, Imports] | None:
        """A model's ``data`` annotation (and the imports it needs), None for a model without ``data``."""
        if model not in imports:
            return None
        source, name = imports[model]
        if not source.startswith(f"{PACKAGE}.models."):
            return None
        tree, model_imports = self.module(source)
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                for statement in node.body:
                    if (
                        isinstance(statement, ast.AnnAssign)
                        and isinstance(statement.target, ast.Name)
                        and statement.target.id == "data"
                    ):
                        return statement.annotation, model_imports
        return None


@dataclass
class Operation:
    tag: str
    name: str
    function: ast.FunctionDef  # sync_detailed
    imports: Imports  # of the api module
    answer: ast.expr  # what ``data`` returns
    answer_imports: Imports
    item: ast.expr | None  # what ``iterate`` yields, for a paged list
    size_param: str | None
    # data's overloads cannot infer the answer (a union of data types, a body or none): the method casts.
    cast: bool = False

    @property
    def parameters(self) -> list[ast.arg]:
        args = self.function.args
        return [a for a in [*args.posonlyargs, *args.args, *args.kwonlyargs] if a.arg != "client"]


def read_operation(generated: Generated, tag: str, name: str) -> Operation:
    module = f"{PACKAGE}.api.{tag}.{name}"
    tree, imports = generated.module(module)
    (function,) = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed"]
    returns = function.returns
    if not (isinstance(returns, ast.Subscript) and _is_name(returns.value, "Response")):
        raise ValueError(f"{module}.sync_detailed does not return a Response[...]")
    members = [m for m in union_members(returns.slice) if not _is_name(m, ERROR_MODEL)]
    answers: list[ast.expr] = []
    items: list[ast.expr | None] = []
    answer_imports: Imports = dict(imports)
    bodies = [m for m in members if not _is_name(m, "Any")]
    if not bodies:  # no documented body: data answers None
        answers.append(ast.Constant(value=None))
        items.append(None)
    # An operation documenting a body and a bodiless success answers the body or raises (DecodeError).
    mixed = len(bodies) != len(members)
    for member in bodies:
        found = generated.data_annotation(member.id, imports) if isinstance(member, ast.Name) else None
        if found is None:  # a bare answer: a list, a model without data, a File
            answers.append(member)
            is_list = isinstance(member, ast.Subscript) and _is_name(member.value, "list")
            items.append(member.slice if is_list and isinstance(member, ast.Subscript) else None)
            continue
        annotation, model_imports = found
        for local in names_in(annotation):
            if local in model_imports:
                answer_imports[local] = model_imports[local]
        data = [m for m in union_members(annotation) if not _is_name(m, "Unset")]
        answers.extend(data)
        # iterate's first overload: data is list[T] | Unset and nothing else.
        only = data[0] if len(data) == 1 else None
        is_list = isinstance(only, ast.Subscript) and _is_name(only.value, "list")
        items.append(only.slice if is_list and isinstance(only, ast.Subscript) else None)
    unique: list[ast.expr] = []
    for answer in answers:
        if ast.dump(answer) not in {ast.dump(u) for u in unique}:
            unique.append(answer)
    # Where data's overloads infer the join (object, Any) of several answers, the method casts (as
    # mypy found: a union of types without None; a body or none).
    none = [u for u in unique if isinstance(u, ast.Constant) and u.value is None]
    cast = mixed or (len(unique) > 1 and not none)
    names = {a.arg for a in [*function.args.args, *function.args.kwonlyargs]}
    size = next((s for s in SIZE_PARAMS if s in names), None) if "page" in names else None
    item = items[0] if len(items) == 1 and items[0] is not None else ast.Name(id="Any")
    return Operation(tag, name, function, imports, union_of(unique), answer_imports, item, size, cast)


# --- writing ----------------------------------------------------------------------------------------


def class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_"))


def short_docstring(function: ast.FunctionDef, drop: frozenset[str] = frozenset()) -> str:
    """The summary line and the Args section of a generated docstring (without the ``drop`` parameters)."""
    text = ast.get_docstring(function) or function.name
    lines = text.splitlines()
    kept = [lines[0].strip()]
    if "Args:" in lines:
        start = lines.index("Args:")
        end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i][0].isspace()), len(lines))
        dropping = False
        kept += ["", "Args:"]
        for line in lines[start + 1 : end]:
            entry = line.strip().split(" ", 1)[0] if line.startswith("    ") and not line.startswith("     ") else None
            if entry is not None:
                dropping = entry in drop
            if not dropping:
                kept.append(line.rstrip())
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def _docstring_node(text: str) -> ast.Expr:
    return ast.Expr(value=ast.Constant(value=text))


def _signature(operation: Operation, drop: set[str], extra: list[tuple[ast.arg, ast.expr]]) -> ast.arguments:
    args = copy.deepcopy(operation.function.args)
    positional = [a for a in args.args if a.arg not in drop]
    n_default = len(args.defaults)
    defaults = [
        d for a, d in zip(args.args[len(args.args) - n_default :], args.defaults, strict=True) if a.arg not in drop
    ]
    keyword = [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if a.arg not in drop | {"client"}]
    keyword += [(a, d) for a, d in extra]
    return ast.arguments(
        posonlyargs=[],
        args=[ast.arg(arg="self"), *positional],
        vararg=None,
        kwonlyargs=[a for a, _ in keyword],
        kw_defaults=[d for _, d in keyword],
        kwarg=None,
        defaults=defaults,
    )


def _call(target: str, operation: Operation, function: str, names: list[str], extra: list[str]) -> ast.Call:
    return ast.Call(
        func=ast.Attribute(value=ast.Attribute(value=ast.Name("self"), attr="_client"), attr=target),
        args=[ast.Attribute(value=ast.Name(f"_{operation.name}"), attr=function)],
        keywords=[ast.keyword(arg=n, value=ast.Name(n)) for n in names + extra],
    )


def method(operation: Operation, *, is_async: bool) -> ast.stmt:
    names = [a.arg for a in operation.parameters]
    function = "asyncio_detailed" if is_async else "sync_detailed"
    call: ast.expr = _call("data", operation, function, names, [])
    if is_async:
        call = ast.Await(value=call)
    if operation.cast:
        call = ast.Call(func=ast.Name("cast"), args=[ast.Constant(ast.unparse(operation.answer)), call], keywords=[])
    bodiless = isinstance(operation.answer, ast.Constant) and operation.answer.value is None
    body: list[ast.stmt] = [_docstring_node(short_docstring(operation.function))]
    body += [ast.Expr(value=call), ast.Return(value=None)] if bodiless else [ast.Return(value=call)]
    if is_async:
        return ast.AsyncFunctionDef(
            name=operation.name,
            args=_signature(operation, set(), []),
            body=body,
            decorator_list=[],
            returns=copy.deepcopy(operation.answer),
        )
    return ast.FunctionDef(
        name=operation.name,
        args=_signature(operation, set(), []),
        body=body,
        decorator_list=[],
        returns=copy.deepcopy(operation.answer),
    )


def iter_method(operation: Operation, *, is_async: bool) -> ast.stmt:
    assert operation.size_param is not None
    assert operation.item is not None
    drop = {"page", operation.size_param}
    extra = [
        (ast.arg(arg="page_size", annotation=ast.parse("int | None", mode="eval").body), ast.Constant(value=None)),
        (ast.arg(arg="start_page", annotation=ast.Name("int")), ast.Constant(value=1)),
        (ast.arg(arg="max_pages", annotation=ast.Name("int")), ast.Name("DEFAULT_MAX_PAGES")),
    ]
    names = [a.arg for a in operation.parameters if a.arg not in drop]
    function = "asyncio_detailed" if is_async else "sync_detailed"
    call = _call("iterate", operation, function, names, ["page_size", "start_page", "max_pages"])
    summary = short_docstring(operation.function, frozenset(drop)).splitlines()
    doc = [
        f"Every item of: {summary[0]}",
        "",
        f"One request per page: the walk sends ``page`` and ``{operation.size_param}``"
        + ("." if operation.size_param == "page_size" else f" (``page_size`` is sent as ``{operation.size_param}``)."),
        *summary[1:],
    ]
    returns = ast.Subscript(
        value=ast.Name("AsyncIterator" if is_async else "Iterator"), slice=copy.deepcopy(operation.item)
    )
    return ast.FunctionDef(
        name=f"iter_{operation.name}",
        args=_signature(operation, drop, extra),
        body=[_docstring_node("\n".join(doc)), ast.Return(value=call)],
        decorator_list=[],
        returns=returns,
    )


def _relative(module: str) -> str:
    """An absolute module of the package as a surface module imports it (``..models.x``)."""
    return ".." + module.removeprefix(f"{PACKAGE}.") if module.startswith(f"{PACKAGE}.") else module


def _import_lines(wanted: dict[str, tuple[str, str]]) -> list[str]:
    by_module: dict[str, list[str]] = {}
    for local, (module, name) in sorted(wanted.items()):
        if not name:
            by_module.setdefault("", []).append(f"import {module}")
            continue
        spelled = name if name == local else f"{name} as {local}"
        by_module.setdefault(module, []).append(spelled)
    lines = [*by_module.pop("", [])]
    lines += [f"from {_relative(m)} import {', '.join(sorted(names))}" for m, names in sorted(by_module.items())]
    return lines


def tag_module(tag: str, operations: list[Operation]) -> str:
    runtime: dict[str, tuple[str, str]] = {}
    typing_only: dict[str, tuple[str, str]] = {
        "Altegio": ("altegio", "Altegio"),
        "AsyncAltegio": ("altegio", "AsyncAltegio"),
    }
    classes: dict[bool, list[ast.stmt]] = {False: [], True: []}
    uses_any = False
    paged = False
    for op in operations:
        if op.cast:
            runtime["cast"] = ("typing", "cast")
        runtime[f"_{op.name}"] = (f"{PACKAGE}.api.{tag}", op.name)
        for arg in op.parameters:
            for local in names_in(arg.annotation):
                if local in op.imports:
                    typing_only[local] = op.imports[local]
        args = op.function.args
        for default in [*args.defaults, *args.kw_defaults]:
            for local in names_in(default):
                if local in op.imports:
                    runtime[local] = op.imports[local]
        for local in names_in(op.answer):
            if local in op.answer_imports:
                typing_only[local] = op.answer_imports[local]
        for is_async in (False, True):
            classes[is_async].append(method(op, is_async=is_async))
        if op.size_param is not None:
            paged = True
            for local in names_in(op.item):
                if local in op.answer_imports:
                    typing_only[local] = op.answer_imports[local]
            uses_any |= "Any" in names_in(op.item)
            for is_async in (False, True):
                classes[is_async].append(iter_method(op, is_async=is_async))
    for local in runtime:
        typing_only.pop(local, None)
    if uses_any:
        typing_only.setdefault("Any", ("typing", "Any"))
    if paged:
        runtime["DEFAULT_MAX_PAGES"] = ("altegio._pagination", "DEFAULT_MAX_PAGES")
        typing_only["AsyncIterator"] = ("collections.abc", "AsyncIterator")
        typing_only["Iterator"] = ("collections.abc", "Iterator")
    typing_only["TYPE_CHECKING"] = ("typing", "TYPE_CHECKING")
    runtime["TYPE_CHECKING"] = typing_only.pop("TYPE_CHECKING")
    name = class_name(tag)
    out = [
        f'"""The ``{tag}`` operations as methods: ``client.{tag}.<operationId>(...)`` (generated by'
        ' scripts/generate_surface.py)."""',
        "",
        "from __future__ import annotations",
        "",
        *_import_lines(runtime),
        "",
        "if TYPE_CHECKING:",
        *[f"    {line}" for line in _import_lines(typing_only)],
        "",
    ]
    for is_async in (False, True):
        client = "AsyncAltegio" if is_async else "Altegio"
        cls = ast.ClassDef(
            name=f"Async{name}" if is_async else name,
            bases=[],
            keywords=[],
            body=[
                _docstring_node(f"The ``{tag}`` operations of an ``{client}`` client."),
                ast.Assign(targets=[ast.Name("__slots__")], value=ast.Tuple(elts=[ast.Constant("_client")])),
                ast.FunctionDef(
                    name="__init__",
                    args=ast.arguments(
                        posonlyargs=[],
                        args=[ast.arg("self"), ast.arg("client", annotation=ast.Name(client))],
                        kwonlyargs=[],
                        kw_defaults=[],
                        defaults=[],
                    ),
                    body=[ast.Assign(targets=[ast.Attribute(ast.Name("self"), "_client")], value=ast.Name("client"))],
                    decorator_list=[],
                    returns=ast.Constant(None),
                ),
                *classes[is_async],
            ],
            decorator_list=[],
        )
        out += ["", ast.unparse(ast.fix_missing_locations(cls)), ""]
    return "\n".join(out)


def init_module(tags: list[str]) -> str:
    out = [
        '"""The typed surface of the clients: ``client.<tag>.<operationId>(...)`` for every operation (generated by',
        "scripts/generate_surface.py).",
        "",
        "``SyncSurface`` and ``AsyncSurface`` are mixins of ``altegio.Altegio`` and ``altegio.AsyncAltegio``: each tag",
        "is a property that imports its module on first use and keeps one instance per client.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, cast",
        "",
        "if TYPE_CHECKING:",
        "    from altegio import Altegio, AsyncAltegio",
        "",
    ]
    for tag in tags:
        out.append(f"    from .{tag} import Async{class_name(tag)}, {class_name(tag)}")
    out.append("")
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        client = "AsyncAltegio" if is_async else "Altegio"
        out += [
            "",
            f"class {prefix or 'Sync'}Surface:",
            f'    """One property per tag of the API, for ``{client}``."""',
            "",
        ]
        for tag in tags:
            cls = f"{prefix}{class_name(tag)}"
            out += [
                "    @cached_property",
                f"    def {tag}(self) -> {cls}:",
                f'        """The ``{tag}`` operations."""',
                f"        from .{tag} import {cls}",
                "",
                f'        return {cls}(cast("{client}", self))',
                "",
            ]
    return "\n".join(out) + "\n"


def generate(root: Path) -> Path:
    """Write ``<root>/altegio_client/surface`` from the generated package under ``root``."""
    generated = Generated(root)
    api = root / PACKAGE / "api"
    tags = sorted(p.name for p in api.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    surface = root / PACKAGE / "surface"
    shutil.rmtree(surface, ignore_errors=True)
    surface.mkdir()
    for tag in tags:
        names = sorted(p.stem for p in (api / tag).glob("*.py") if p.name != "__init__.py")
        operations = [read_operation(generated, tag, name) for name in names]
        (surface / f"{tag}.py").write_text(tag_module(tag, operations), encoding="utf-8")
    (surface / "__init__.py").write_text(init_module(tags), encoding="utf-8")
    # The generator's post-hooks (generator-config.yaml), run with the generated project's settings.
    relative = str(surface.relative_to(root))
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    subprocess.run([ruff, "check", "--no-cache", "--fix-only", "--quiet", relative], cwd=root, check=True)  # noqa: S603
    subprocess.run([ruff, "format", "--no-cache", "--quiet", relative], cwd=root, check=True)  # noqa: S603
    return surface


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("output", type=Path, help="the generator's output folder (holding altegio_client/)")
    args = parser.parse_args(argv)
    surface = generate(args.output)
    print(f"wrote {surface}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
