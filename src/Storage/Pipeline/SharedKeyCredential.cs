using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Tidewater.Storage;

/// <summary>An account name and its decoded key: computes Shared Key signatures without per-call HMAC objects.</summary>
internal sealed class SharedKeyCredential
{
    private readonly byte[] _key;

    public SharedKeyCredential(string accountName, byte[] key)
    {
        AccountName = accountName;
        _key = key;
    }

    public string AccountName { get; }

    /// <summary>Base64 of HMAC-SHA256(key, UTF-8(stringToSign)).</summary>
    public string ComputeSignature(string stringToSign)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(stringToSign.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var length = Encoding.UTF8.GetBytes(stringToSign, buffer);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(_key, buffer.AsSpan(0, length), hash);
            return Convert.ToBase64String(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
