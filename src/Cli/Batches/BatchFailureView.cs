namespace Tidewater.Cli.Batches;

/// <summary>Why a batch failed, with the inner failure that caused it, if any.</summary>
public sealed record BatchFailureView(string? ErrorType, string? ErrorMessage, BatchFailureView? InnerFailure);
