namespace Tidewater.Functions.Tests.OpenApi;

/// <summary>docs/openapi.json in the repository (the nearest folder above the test binaries with package.json).</summary>
public static class CommittedDocument
{
    public static string Path
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "package.json")))
                {
                    return System.IO.Path.Combine(directory.FullName, "docs", "openapi.json");
                }
            }

            throw new InvalidOperationException($"No package.json above '{AppContext.BaseDirectory}': run the tests from inside the repository.");
        }
    }
}
