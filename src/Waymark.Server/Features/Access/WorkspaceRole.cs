namespace Waymark.Server.Features.Access;

/// <summary>
/// What a caller may do in one workspace, each role including the ones below it: viewers read, commenters also
/// comment (and vote), editors also change maps, personas, data and segments, owners also manage the workspace,
/// its members, its share links and its API keys.
/// </summary>
public enum WorkspaceRole
{
    Viewer = 1,
    Commenter = 2,
    Editor = 3,
    Owner = 4,
}
