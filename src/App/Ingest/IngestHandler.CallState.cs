using System.Buffers;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Ingest;

public sealed partial class IngestHandler
{
    /// <summary>One call's working state: decisions in body order, records to append, ids begun, alerts due, counts.</summary>
    private sealed class CallState(int count)
    {
        public EventDecision[] Decisions { get; } = new EventDecision[count];

        public Dictionary<UInt128, int> FirstIndexOf { get; } = new(count);

        public List<UInt128> Begun { get; } = new(count);

        public List<(UInt128 Key, PaymentEvent Event, RiskDecision Decision)> Alerts { get; } = [];

        public ArrayBufferWriter<byte> Lines { get; } = new(count * 512);

        public int NewItems { get; set; }

        public string? ModelVersion { get; set; }

        public int Approved { get; private set; }

        public int Reviewed { get; private set; }

        public int Declined { get; private set; }

        public bool Durable { get; set; }

        public void Count(Decision decision)
        {
            switch (decision)
            {
                case Decision.Decline: Declined++; break;
                case Decision.Review: Reviewed++; break;
                default: Approved++; break;
            }
        }
    }
}
