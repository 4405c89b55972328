using Zhicheng.Domain.Applications;

namespace Zhicheng.App.Features.Applications;

/// <summary>申报材料 — one file attached to an application; its bytes live in <see cref="MaterialContent"/> by hash.</summary>
public sealed class ApplicationMaterial
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public MaterialKind Kind { get; set; }

    /// <summary>The name it was uploaded under (shown, never used as a path).</summary>
    public required string FileName { get; set; }

    public MaterialFormat Format { get; set; }

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex: the key of its <see cref="MaterialContent"/>.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}

/// <summary>
/// The bytes of a material, stored once however many applications attach the same file (content-addressed by SHA-256),
/// in the database so that every web node serves it alike.
/// </summary>
public sealed class MaterialContent
{
    public required string Sha256 { get; set; }

    public required byte[] Bytes { get; set; }
}
