using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using Zhicheng.App.Features.Certificates;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// Seals a ballot so that the database holds nothing anyone can read of it: SM4 in GCM mode (GB/T 32907; authenticated, a
/// fresh random nonce each time, so two equal ballots differ) under a key of the meeting's own, derived with HKDF over SM3
/// from a key that is kept outside the database (<see cref="BallotOptions"/>: <c>ballot.key</c> beside the certificate
/// key, or <c>Ballots:Key</c>). What is sealed is every choice of the ballot in candidate order, five bytes each (id,
/// choice), so every ballot of a meeting is as long as every other. Opening a ballot that was altered, moved to another
/// meeting or sealed under another key fails. A singleton; the key is read (or created) on first use.
/// </summary>
public sealed class BallotSeal
{
    public const string FileName = "ballot.key";

    private const byte Format = 1;
    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBits = 128;
    private const int ChoiceBytes = 5;

    private readonly Lazy<byte[]> _key;

    /// <summary>A key given in the settings is checked here, at start-up, not at the first ballot; a key file on first use.</summary>
    public BallotSeal(BallotOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            var key = Decode(options.Key) ?? throw new InvalidOperationException($"设置 Ballots:Key 应为 {KeyBytes} 字节随机数的 Base64 编码");
            _key = new Lazy<byte[]>(key);
        }
        else
        {
            _key = new Lazy<byte[]>(() => Load(options.KeyDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The sealed form of <paramref name="choices"/> (candidate id → choice) for the meeting.</summary>
    public byte[] Seal(int meetingId, IReadOnlyDictionary<int, VoteChoice> choices)
    {
        var plain = new byte[choices.Count * ChoiceBytes];
        var at = 0;
        foreach (var (candidate, choice) in choices.OrderBy(c => c.Key))
        {
            BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(at), candidate);
            plain[at + 4] = (byte)choice;
            at += ChoiceBytes;
        }
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var cipher = Cipher(forSealing: true, meetingId, nonce);
        var sealedBallot = new byte[1 + NonceBytes + cipher.GetOutputSize(plain.Length)];
        sealedBallot[0] = Format;
        nonce.CopyTo(sealedBallot, 1);
        var written = cipher.ProcessBytes(plain, 0, plain.Length, sealedBallot, 1 + NonceBytes);
        cipher.DoFinal(sealedBallot, 1 + NonceBytes + written);
        return sealedBallot;
    }

    /// <summary>The choices sealed in <paramref name="sealedBallot"/> for the meeting; null when it does not open.</summary>
    public IReadOnlyDictionary<int, VoteChoice>? Open(int meetingId, byte[] sealedBallot)
    {
        if (sealedBallot.Length < 1 + NonceBytes + TagBits / 8 || sealedBallot[0] != Format)
        {
            return null;
        }
        var cipher = Cipher(forSealing: false, meetingId, sealedBallot[1..(1 + NonceBytes)]);
        var plain = new byte[cipher.GetOutputSize(sealedBallot.Length - 1 - NonceBytes)];
        try
        {
            var read = cipher.ProcessBytes(sealedBallot, 1 + NonceBytes, sealedBallot.Length - 1 - NonceBytes, plain, 0);
            cipher.DoFinal(plain, read);
        }
        catch (InvalidCipherTextException)
        {
            return null;
        }
        if (plain.Length % ChoiceBytes != 0)
        {
            return null;
        }
        var choices = new Dictionary<int, VoteChoice>(plain.Length / ChoiceBytes);
        for (var at = 0; at < plain.Length; at += ChoiceBytes)
        {
            var choice = (VoteChoice)plain[at + 4];
            if (!Enum.IsDefined(choice) || !choices.TryAdd(BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(at)), choice))
            {
                return null;
            }
        }
        return choices;
    }

    private GcmBlockCipher Cipher(bool forSealing, int meetingId, byte[] nonce)
    {
        var meetingKey = new byte[16];
        var derive = new HkdfBytesGenerator(new SM3Digest());
        derive.Init(new HkdfParameters(_key.Value, null, Encoding.ASCII.GetBytes($"zhicheng ballot v1 meeting {meetingId}")));
        derive.GenerateBytes(meetingKey, 0, meetingKey.Length);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(forSealing, new AeadParameters(new KeyParameter(meetingKey), TagBits, nonce));
        return cipher;
    }

    private static byte[] Load(string keyDirectory)
    {
        var file = Path.GetFullPath(Path.Combine(keyDirectory, FileName));
        return Decode(KeyFile.ReadOrCreate(file, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes))))
            ?? throw new InvalidOperationException($"选票密钥文件 {file} 不可用：应为 {KeyBytes} 字节随机数的 Base64 编码");
    }

    private static byte[]? Decode(string text)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            return key.Length == KeyBytes ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
