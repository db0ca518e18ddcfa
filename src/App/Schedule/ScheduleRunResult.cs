namespace Tidewater.App.Schedule;

/// <summary>What one schedule occurrence did.</summary>
/// <param name="Started">Instance ids of the batches it started, oldest window first.</param>
/// <param name="Existing">Windows with segments that already had a batch instance (in any state).</param>
/// <param name="Empty">Windows without segments, which need no batch.</param>
/// <param name="CaughtUp">True when it examined every sealed window; false when the catch-up or scan limit stopped it.</param>
public sealed record ScheduleRunResult(IReadOnlyList<string> Started, int Existing, int Empty, bool CaughtUp);
