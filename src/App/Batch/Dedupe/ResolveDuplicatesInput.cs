namespace Tidewater.App.Batch;

/// <summary>The input of <see cref="ResolveDuplicatesActivity"/>.</summary>
/// <param name="WindowId">The window.</param>
/// <param name="WindowMinutes">Its length (to find the previous window).</param>
/// <param name="PlanId">The plan.</param>
/// <param name="Chunks">The chunks whose id index exists (any order).</param>
/// <param name="Complete">True when every chunk of the plan was indexed; only then is the window's id set stored for the next window.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename.</remarks>
public sealed record ResolveDuplicatesInput(string WindowId, int WindowMinutes, string PlanId, IReadOnlyList<int> Chunks, bool Complete);
