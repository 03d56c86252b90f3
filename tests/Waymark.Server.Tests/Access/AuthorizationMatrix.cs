namespace Waymark.Server.Tests.Access;

/// <summary>
/// Who may call what: every API route, and what each kind of caller gets from it. The test walks every route the app
/// maps (and every path of the committed OpenAPI document) with each caller and compares; a route missing here fails
/// with "add an entry for ...". When you add a route, add its row; when you change who may call a route, change its
/// row, and the reviewer sees the change of rights in this one table.
///
/// Cells: ok = the access check lets the caller through (the handler answers: 2xx, or 400/404/409/410/412/415/422/428
/// of its own about the request's content); 401 = sign in required; 403 = a role too low ("Not allowed"); 404 = the
/// workspace is not found for this caller (not a member: its existence is not revealed).
///
/// Callers: anon = no session; viewer, comm(enter), editor, owner = members of the workspace with that role;
/// other = the owner of another workspace; guest = someone holding a share link to a map of the workspace; key = an
/// ingestion API key of the workspace and no session. The built-in templates are the product's own samples, readable
/// by anyone like the web app's files.
/// The guest holds a comment link with the data view to the matrix's map (the most a link opens): it reaches the map,
/// its data, its threads and its votes, and nothing else of the workspace (404, as for a stranger). The last row runs
/// after the owner's column deleted the workspace, so the guest's link is gone with it and the guest is nobody (401).
/// </summary>
internal static class AuthorizationMatrix
{
    public static readonly string[] Callers = ["anon", "viewer", "comm", "editor", "owner", "other", "guest", "key"];

    private const string Table = """
        # method route                                                           anon viewer comm editor owner other guest key
        GET    /api/health                                                       ok   ok     ok   ok     ok    ok    ok    ok
        POST   /api/ingest/events                                                401  401    401  401    401   401   401   ok
        POST   /api/ingest/feedback                                              401  401    401  401    401   401   401   ok
        GET    /api/templates                                                    ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/templates/{templateId}                                       ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/workspaces                                                   401  ok     ok   ok     ok    ok    401   401
        POST   /api/workspaces                                                   401  ok     ok   ok     ok    ok    401   401
        POST   /api/invitations/preview                                          ok   ok     ok   ok     ok    ok    ok    ok
        POST   /api/invitations/accept                                           401  ok     ok   ok     ok    ok    401   401
        POST   /api/invitations/accept-new                                       ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/account/me                                                   401  ok     ok   ok     ok    ok    401   401
        POST   /api/account/sign-in                                              ok   ok     ok   ok     ok    ok    ok    ok
        POST   /api/account/sign-in/link                                         ok   ok     ok   ok     ok    ok    ok    ok
        POST   /api/account/password                                             401  ok     ok   ok     ok    ok    401   401
        GET    /api/account/mail                                                 ok   ok     ok   ok     ok    ok    ok    ok
        POST   /api/account/password-reset                                       ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/account/sign-in-options                                      ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/account/oidc                                                 ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/workspaces/{workspaceId}                                     401  ok     ok   ok     ok    404   ok    401
        PUT    /api/workspaces/{workspaceId}                                     401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/activities                          401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/api-keys                            401  403    403  403    ok    404   404   401
        POST   /api/workspaces/{workspaceId}/api-keys                            401  403    403  403    ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/api-keys/{keyId}                    401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/customers                           401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/customers/{customerId}/timeline     401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/events/summary                      401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/explore/funnel                      401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/explore/funnel/customers            401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/explore/process                     401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/explore/retention                   401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/explore/trends                      401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/explore/attributes                  401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/feedback                            401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/feedback/imports                    401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/feedback/imports/preview            401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/feedback/summary                    401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/feedback/search                    401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/feedback/tags                      401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/feedback/tags                      401  403    403  ok     ok    404   404   401
        PUT    /api/workspaces/{workspaceId}/feedback/tags/{tagId}              401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/feedback/tags/{tagId}              401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/feedback/tags/{tagId}/items        401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/feedback/tags/{tagId}/items/remove 401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/explore/paths                       401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/imports                             401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/imports/preview                     401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/invitations                         401  403    403  403    ok    404   404   401
        POST   /api/workspaces/{workspaceId}/invitations                         401  403    403  403    ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/invitations/{invitationId}          401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps                                401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps                                401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/draft-from-data                401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/import                         401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}                        401  ok     ok   ok     ok    404   ok    401
        PUT    /api/workspaces/{workspaceId}/maps/{mapId}                        401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/maps/{mapId}                        401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/duplicate              401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/review                 401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/review                 401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/export                 401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/report                 401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/feedback               401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/feedback/tags         401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/insights               401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/overlay                401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/attribution            401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/what-if                401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/paths                  401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/source                 401  ok     ok   ok     ok    404   ok    401
        PUT    /api/workspaces/{workspaceId}/maps/{mapId}/source                 401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/revisions              401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/diff                   401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/history                401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/history/at             401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/versions               401  403    403  ok     ok    404   404   401
        PATCH  /api/workspaces/{workspaceId}/maps/{mapId}/versions/{versionId}   401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/maps/{mapId}/versions/{versionId}   401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/members                             401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/members/leave                       401  ok     ok   ok     ok    404   404   401
        PUT    /api/workspaces/{workspaceId}/members/{userId}                    401  403    403  403    ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/members/{userId}                    401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/personas                            401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/personas                            401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/personas/{personaId}                401  ok     ok   ok     ok    404   404   401
        PUT    /api/workspaces/{workspaceId}/personas/{personaId}                401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/personas/{personaId}                401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/segments                            401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/segments                            401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/segments/preview                    401  403    403  ok     ok    404   404   401
        PUT    /api/workspaces/{workspaceId}/segments/{segmentId}                401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/segments/{segmentId}                401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/sources                             401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/sources                             401  403    403  ok     ok    404   404   401
        PUT    /api/workspaces/{workspaceId}/sources/{sourceId}                  401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/sources/{sourceId}                  401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/images                              401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/images/{imageId}                    401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/topics                              401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/topics/rename                       401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/topics/hide                         401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/topics/merge                        401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/topics/split                        401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/webhooks                            401  403    403  403    ok    404   404   401
        POST   /api/workspaces/{workspaceId}/webhooks                            401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/webhooks/choices                    401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/webhooks/{webhookId}                401  403    403  403    ok    404   404   401
        PUT    /api/workspaces/{workspaceId}/webhooks/{webhookId}                401  403    403  403    ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/webhooks/{webhookId}                401  403    403  403    ok    404   404   401
        POST   /api/workspaces/{workspaceId}/webhooks/{webhookId}/rotate-secret  401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries     401  403    403  403    ok    404   404   401
        POST   /api/workspaces/{workspaceId}/webhooks/{webhookId}/test           401  403    403  403    ok    404   404   401
        POST   /api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/replay 401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/rules                  401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/rules                  401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/rules/backtest         401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}         401  ok     ok   ok     ok    404   404   401
        PUT    /api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}         401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}         401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}/test    401  403    403  ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}/firings 401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/live                   401  ok     ok   ok     ok    404   404   401
        POST   /api/share/open                                                   ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/share/session                                                ok   ok     ok   ok     ok    ok    ok    ok
        GET    /api/workspaces/{workspaceId}/activity                            401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/activity/actors                     401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/activity/csv                        401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/threads                401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}     401  ok     ok   ok     ok    404   ok    401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/threads                401  403    ok   ok     ok    404   ok    401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/resolve 401  403    ok   ok     ok    404   ok    401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/reopen 401  403    ok   ok     ok    404   ok    401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/comments 401  403    ok   ok     ok    404   ok    401
        PUT    /api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/comments/{commentId} 401  403    ok   ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/comments/{commentId} 401  403    ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/inbox                               401  ok     ok   ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/inbox/read                          401  ok     ok   ok     ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/share-links            401  403    403  ok     ok    404   404   401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/share-links            401  403    403  403    ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/maps/{mapId}/share-links/{linkId}   401  403    403  403    ok    404   404   401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/votes                  401  ok     ok   ok     ok    404   ok    401
        GET    /api/workspaces/{workspaceId}/maps/{mapId}/ideas/{ideaId}/votes   401  ok     ok   ok     ok    404   ok    401
        POST   /api/workspaces/{workspaceId}/maps/{mapId}/ideas/{ideaId}/votes   401  403    ok   ok     ok    404   ok    401
        DELETE /api/workspaces/{workspaceId}/maps/{mapId}/ideas/{ideaId}/votes   401  403    ok   ok     ok    404   ok    401
        PUT    /api/workspaces/{workspaceId}/maps/{mapId}/voting                 401  403    403  ok     ok    404   404   401
        DELETE /api/workspaces/{workspaceId}/maps/{mapId}/votes                  401  403    403  ok     ok    404   404   401
        DELETE /api/share/session                                                ok   ok     ok   ok     ok    ok    ok    ok
        POST   /api/account/sign-out                                             ok   ok     ok   ok     ok    ok    ok    ok
        POST   /api/account/sign-out-everywhere                                  401  ok     ok   ok     ok    ok    401   401
        DELETE /api/workspaces/{workspaceId}                                     401  403    403  403    ok    404   401   401
        """;

    /// <summary>
    /// "METHOD /pattern" to one expected cell per caller, in the table's order: rows that end sessions come near the
    /// end (the walk signs everyone in again after them), the workspace's delete last.
    /// </summary>
    public static IReadOnlyList<(string Route, string[] Expected)> Rows { get; } = Parse();

    public static string Key(string method, string pattern) => method + " " + pattern;

    private static List<(string, string[])> Parse()
    {
        var rows = new List<(string, string[])>();
        foreach (var line in Table.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 2 + Callers.Length)
            {
                throw new InvalidOperationException($"The matrix row '{line}' needs a method, a route and {Callers.Length} cells.");
            }

            rows.Add((Key(cells[0], cells[1]), cells[2..]));
        }

        return rows;
    }
}
