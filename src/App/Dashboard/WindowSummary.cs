namespace Tidewater.App.Dashboard;

/// <summary>One window of the dashboard's timeline.</summary>
/// <param name="Id">The window id (<c>yyyyMMddHHmm</c>).</param>
/// <param name="Start">Its start (UTC).</param>
/// <param name="End">Its exclusive end.</param>
/// <param name="State">One of <see cref="WindowStates"/>.</param>
/// <param name="Segments">What its segments' metadata says.</param>
/// <param name="Batch">Its newest batch instance, if any.</param>
/// <param name="Events">Events counted once each by its newest completed batch, if any.</param>
/// <param name="Agreement">Real time against batch from that batch's report, if any.</param>
public sealed record WindowSummary(
    string Id,
    DateTimeOffset Start,
    DateTimeOffset End,
    string State,
    WindowSegments Segments,
    WindowBatch? Batch,
    long? Events,
    WindowAgreement? Agreement);
