namespace Tidewater.App.Batch;

/// <summary>The output of <see cref="ResolveDuplicatesActivity"/>.</summary>
/// <param name="DedupeId">Short SHA-256 of the skip list; names it and every later chunk output.</param>
/// <param name="DistinctIds">Ids counted in this window (first occurrences of ids not seen in the previous window).</param>
/// <param name="DuplicatesInWindow">Further occurrences of those ids in this window, skipped.</param>
/// <param name="DuplicatesOfPreviousWindow">Occurrences of ids the previous window already holds, skipped.</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record DuplicateResolution(string DedupeId, long DistinctIds, long DuplicatesInWindow, long DuplicatesOfPreviousWindow);
