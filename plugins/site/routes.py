"""esep's pages inside Datasette (a Datasette plugin, registered by
``esep serve``; not an esep plugin)."""

from datasette import hookimpl
from datasette.utils.asgi import Response


@hookimpl
def register_routes(datasette):
    async def chart(request):
        from esep.plugins.site.serve import chart_page

        db = next(d for name, d in datasette.databases.items() if name != "_internal")
        metric = request.args.get("metric") or "fund.end"
        return Response.html(chart_page(db.path, metric))

    return [(r"^/-/esep/chart$", chart)]
