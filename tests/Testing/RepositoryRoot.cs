namespace Tidewater.Testing;

/// <summary>Finds the repository root: the nearest folder above the test binaries that has <c>package.json</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository root path.</summary>
    /// <exception cref="InvalidOperationException">No folder above <see cref="AppContext.BaseDirectory"/> has package.json.</exception>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "package.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No package.json found above '{AppContext.BaseDirectory}': run the tests from inside the repository.");
    }
}
