namespace Tidewater.Cli.Batches;

/// <summary>A batch's input: its window and the model it was asked to use.</summary>
public sealed record BatchInputView(string? WindowId, int WindowMinutes, string? ModelVersion, bool PublishModel);
