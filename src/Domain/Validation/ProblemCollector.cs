namespace Tidewater.Domain.Validation;

/// <summary>Collects problems of one event; builds paths and the list only when there is a problem.</summary>
internal struct ProblemCollector(string prefix)
{
    private List<ValidationProblem>? _problems;

    public readonly bool HasProblems => _problems is not null;

    public readonly IReadOnlyList<ValidationProblem> Problems => _problems ?? [];

    public void Add(int field, string message)
    {
        _problems ??= new List<ValidationProblem>(4);
        _problems.Add(new ValidationProblem(prefix + "." + EventField.NameOf(field), message));
    }
}
