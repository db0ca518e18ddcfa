namespace Tidewater.App.Batch;

/// <summary>The output of <see cref="MergePartialsActivity"/>: the merged partial's blob and its headline counts.</summary>
/// <param name="Blob">The merged <see cref="BatchPartial"/> in the batch container.</param>
/// <param name="Chunks">Chunks merged.</param>
/// <param name="Records">Records read.</param>
/// <param name="Events">Events counted (duplicates and malformed records excluded).</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record MergedPartial(string Blob, int Chunks, long Records, long Events);
