namespace Tidewater.Cli.Generation;

/// <summary>The accounts of one population seed, picked in proportion to their activity.</summary>
internal sealed class AccountPopulation
{
    private readonly AccountProfile[] _accounts;
    private readonly double[] _cumulativeActivity;

    public AccountPopulation(int populationSeed, int count)
    {
        var random = new Random(populationSeed);
        _accounts = new AccountProfile[count];
        _cumulativeActivity = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            _accounts[i] = AccountProfile.Create(random, populationSeed, i);
            total += _accounts[i].Activity;
            _cumulativeActivity[i] = total;
        }
    }

    public int Count => _accounts.Length;

    public AccountProfile this[int index] => _accounts[index];

    /// <summary>Picks an account with probability proportional to its activity (one draw).</summary>
    public AccountProfile Pick(Random random)
    {
        var target = random.NextDouble() * _cumulativeActivity[^1];
        var index = Array.BinarySearch(_cumulativeActivity, target);
        index = index < 0 ? ~index : index + 1;
        return _accounts[Math.Min(index, _accounts.Length - 1)];
    }
}
