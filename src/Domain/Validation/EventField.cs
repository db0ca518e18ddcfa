using System.Runtime.InteropServices;
using System.Text.Json;

namespace Tidewater.Domain.Validation;

/// <summary>The fields of a wire event, numbered in canonical order (the order problems are reported in).</summary>
internal static class EventField
{
    public const int Id = 0;
    public const int Type = 1;
    public const int PaymentId = 2;
    public const int AccountId = 3;
    public const int Amount = 4;
    public const int Currency = 5;
    public const int MerchantId = 6;
    public const int MerchantCategory = 7;
    public const int Country = 8;
    public const int Channel = 9;
    public const int OccurredAt = 10;
    public const int Count = 11;

    private static readonly string[] Names =
    [
        "id", "type", "paymentId", "accountId", "amount", "currency", "merchantId", "merchantCategory", "country",
        "channel", "occurredAt",
    ];

    public static string NameOf(int field) => Names[field];

    /// <summary>Returns the field a property names, or -1 for an unknown property (which is ignored).</summary>
    public static int IndexOf(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        if (name.IndexOf((byte)'\\') >= 0)
        {
            for (var i = 0; i < Count; i++)
            {
                if (property.NameEquals(Names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => Id,
            4 when name.SequenceEqual("type"u8) => Type,
            6 when name.SequenceEqual("amount"u8) => Amount,
            7 when name.SequenceEqual("country"u8) => Country,
            7 when name.SequenceEqual("channel"u8) => Channel,
            8 when name.SequenceEqual("currency"u8) => Currency,
            9 when name.SequenceEqual("paymentId"u8) => PaymentId,
            9 when name.SequenceEqual("accountId"u8) => AccountId,
            10 when name.SequenceEqual("merchantId"u8) => MerchantId,
            10 when name.SequenceEqual("occurredAt"u8) => OccurredAt,
            16 when name.SequenceEqual("merchantCategory"u8) => MerchantCategory,
            _ => -1,
        };
    }
}
