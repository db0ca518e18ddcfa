namespace Tidewater.App.Dashboard;

/// <summary>One file of the dashboard as served: its bytes, content type and entity tag.</summary>
/// <param name="Name">The file name (<c>dashboard.js</c>).</param>
/// <param name="ContentType">The <c>Content-Type</c> it is served with.</param>
/// <param name="Content">The bytes.</param>
/// <param name="ETag">A strong entity tag (quoted) derived from the bytes.</param>
public sealed record DashboardAsset(string Name, string ContentType, ReadOnlyMemory<byte> Content, string ETag);
