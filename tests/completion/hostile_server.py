"""The completion tests' GraphQL server: the e2e suite's hostile server answering `pat list` pages with the
tokens a test gives it, whatever their IDs hold, and `pat revoke` with the token, so a test can see which ID a
completed command line really sent."""

from tests.e2e.hostile_output_server import HostileServer, revoked, token, token_page

__all__ = ["TokenServer", "token"]


class TokenServer(HostileServer):
    """`pages`: a list of token lists, one a page, each page's cursor its index; `cursors`, when given,
    replaces the endCursor of each page (to make them repeat); `delay`: seconds before each answer; `endless`:
    every page says there is a next one."""

    def __init__(self, pages, cursors=None, delay=0.0, endless=False):
        super().__init__(self._answer)
        self.pages = pages
        self.cursors = cursors
        self.delay = delay
        self.endless = endless

    def _answer(self, operation, variables):
        if operation == "RevokePersonalAccessTokenCommandMutation":
            return revoked(((variables.get("input") or {}).get("id")) or "", "revoked")
        after = variables.get("after")
        index = 0 if after is None else int(after) + 1
        if self.endless:
            page = self.pages[index % len(self.pages)]
        else:
            page = self.pages[index] if index < len(self.pages) else []
        cursor = str(index) if self.cursors is None else self.cursors[index % len(self.cursors)]
        return token_page(page, cursor, self.endless or index + 1 < len(self.pages), has_previous=index > 0)

    def revoked_ids(self):
        with self._lock:
            return [r["variables"]["input"]["id"] for r in self.requests
                    if r.get("operationName") == "RevokePersonalAccessTokenCommandMutation"]
