using System.Diagnostics.Metrics;

namespace Tidewater.Testing;

/// <summary>
/// An <see cref="IMeterFactory"/> for classes built by hand in tests: each meter's scope is this factory, so a
/// <see cref="MetricCapture"/> on it sees only this test's measurements.
/// </summary>
public sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        lock (_meters)
        {
            _meters.ForEach(m => m.Dispose());
            _meters.Clear();
        }
    }
}
