namespace Zhicheng.Domain.Applications;

/// <summary>The file formats a material may be in (PDF and images), each with its media type.</summary>
public enum MaterialFormat
{
    Pdf = 1,
    Png = 2,
    Jpeg = 3,
}

/// <summary>
/// Recognises a material's format from its first bytes, never from its name or the browser's claim: an <c>.exe</c>
/// renamed <c>.pdf</c> starts with <c>MZ</c>, not <c>%PDF-</c>, and is refused.
/// </summary>
public static class MaterialFormats
{
    /// <summary>The bytes needed to tell the formats apart.</summary>
    public const int SniffLength = 8;

    public static MaterialFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return MaterialFormat.Pdf;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MaterialFormat.Png;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MaterialFormat.Jpeg;
        }
        return null;
    }

    public static string MediaType(MaterialFormat format) => format switch
    {
        MaterialFormat.Pdf => "application/pdf",
        MaterialFormat.Png => "image/png",
        _ => "image/jpeg",
    };

    public static string Extension(MaterialFormat format) => format switch
    {
        MaterialFormat.Pdf => ".pdf",
        MaterialFormat.Png => ".png",
        _ => ".jpg",
    };
}
