namespace Tidewater.App.Dashboard;

/// <summary>What a window's segments say about it without reading them: their count, closed record counts and bytes.</summary>
/// <param name="Segments">Segments in the window.</param>
/// <param name="ClosedSegments">Segments whose writer closed them (their metadata holds a record count).</param>
/// <param name="ClosedRecords">Records in the closed segments: exact for them.</param>
/// <param name="OpenBytes">Bytes in segments not (yet) closed, whose records are not counted here.</param>
public sealed record WindowSegments(int Segments, int ClosedSegments, long ClosedRecords, long OpenBytes)
{
    /// <summary>A window without segments.</summary>
    public static WindowSegments None { get; } = new(0, 0, 0, 0);

    /// <summary>True when every segment was closed, so <see cref="ClosedRecords"/> is all of the window's records.</summary>
    public bool Complete => ClosedSegments == Segments;
}
