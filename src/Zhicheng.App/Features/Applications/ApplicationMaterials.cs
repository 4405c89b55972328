using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Applications;

/// <summary>The limits on materials (configuration section "Materials").</summary>
public sealed class MaterialLimits
{
    /// <summary>Largest file accepted, in bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most files on one application.</summary>
    public int MaxPerApplication { get; set; } = 40;
}

/// <summary>A material's bytes as served: its name, media type and content.</summary>
public sealed record MaterialFile(string FileName, string MediaType, byte[] Bytes);

/// <summary>
/// 申报材料: PDF and images only, recognised by their first bytes; limited in size and number; stored once per content
/// (SHA-256). The applicant's side attaches and removes them while the application is a draft or returned; anyone who
/// sees the application may read them, nobody else (404).
/// </summary>
public sealed class ApplicationMaterials(AppDbContext db, ApplicationService applications, MaterialLimits limits, TimeProvider time)
{
    public async Task<Outcome<ApplicationMaterial>> AddAsync(Jurisdiction jurisdiction, int applicationId, MaterialKind? kind, string? fileName, Stream content,
        CancellationToken cancellationToken = default)
    {
        var application = await applications.FindAsync(jurisdiction, applicationId, cancellationToken);
        if (application is null)
        {
            return Outcome<ApplicationMaterial>.NotFound;
        }
        var refusal = Editable(jurisdiction, application);
        if (refusal is not null)
        {
            return Outcome<ApplicationMaterial>.Refused(refusal);
        }
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            return Outcome<ApplicationMaterial>.Refused(new Problem("kind", "请选择材料类别", ClauseIds.NationalUnitReview));
        }
        if (application.Materials.Count >= limits.MaxPerApplication)
        {
            return Outcome<ApplicationMaterial>.Refused(new Problem("file", $"每份申报最多上传 {limits.MaxPerApplication} 个材料", ClauseIds.NationalUnitReview));
        }
        var bytes = await ReadAsync(content, cancellationToken);
        if (bytes is null)
        {
            return Outcome<ApplicationMaterial>.Refused(new Problem("file", $"文件超过 {SizeLabel(limits.MaxBytes)} 的上限", ClauseIds.NationalUnitReview));
        }
        if (bytes.Length == 0)
        {
            return Outcome<ApplicationMaterial>.Refused(new Problem("file", "文件是空的（0 字节）", ClauseIds.NationalUnitReview));
        }
        if (MaterialFormats.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, MaterialFormats.SniffLength))) is not { } format)
        {
            return Outcome<ApplicationMaterial>.Refused(new Problem("file", $"“{fileName}”不是 PDF、PNG 或 JPEG 文件（按文件内容识别，与扩展名无关）", ClauseIds.NationalUnitReview));
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!await db.MaterialContents.AnyAsync(c => c.Sha256 == hash, cancellationToken))
        {
            db.MaterialContents.Add(new MaterialContent { Sha256 = hash, Bytes = bytes });
        }
        var material = new ApplicationMaterial
        {
            Kind = kind.Value, FileName = SafeName(fileName, format), Format = format, Size = bytes.Length, Sha256 = hash,
            UploadedAt = time.GetUtcNow(), UploadedBy = ApplicationService.Actor(jurisdiction),
        };
        application.Materials.Add(material);
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.MaterialAdded, application.Stage, application.Stage, null,
            $"{MaterialKinds.Label(material.Kind)}：{material.FileName}"));
        applications.Touch(application);
        Outcome<TitleApplication> saved;
        try
        {
            saved = await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<MaterialContent>().Any(e => e.State == EntityState.Added))
        {
            // The same file went up to another application at the same moment and its bytes were stored first: keep those.
            if (!await db.MaterialContents.AsNoTracking().AnyAsync(c => c.Sha256 == hash, cancellationToken))
            {
                throw;
            }
            foreach (var entry in db.ChangeTracker.Entries<MaterialContent>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
            saved = await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
        }
        return saved.Succeeded ? Outcome<ApplicationMaterial>.Done(material) : Outcome<ApplicationMaterial>.Refused(saved.Problems);
    }

    public async Task<Outcome<ApplicationMaterial>> RemoveAsync(Jurisdiction jurisdiction, int applicationId, int materialId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindAsync(jurisdiction, applicationId, cancellationToken);
        var material = application?.Materials.SingleOrDefault(m => m.Id == materialId);
        if (application is null || material is null)
        {
            return Outcome<ApplicationMaterial>.NotFound;
        }
        var refusal = Editable(jurisdiction, application);
        if (refusal is not null)
        {
            return Outcome<ApplicationMaterial>.Refused(refusal);
        }
        application.Materials.Remove(material);
        db.Materials.Remove(material);
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.MaterialRemoved, application.Stage, application.Stage, null,
            $"{MaterialKinds.Label(material.Kind)}：{material.FileName}"));
        applications.Touch(application);
        var saved = await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
        return saved.Succeeded ? Outcome<ApplicationMaterial>.Done(material) : Outcome<ApplicationMaterial>.Refused(saved.Problems);
    }

    /// <summary>A material of an application the viewer sees; null (404) otherwise.</summary>
    public async Task<MaterialFile?> OpenAsync(Jurisdiction jurisdiction, int applicationId, int materialId, CancellationToken cancellationToken = default)
    {
        var visible = ApplicationAccess.Visible(db, jurisdiction).Select(a => a.Id);
        var material = await db.Materials.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == materialId && m.ApplicationId == applicationId && visible.Contains(m.ApplicationId), cancellationToken);
        if (material is null)
        {
            return null;
        }
        var bytes = await db.MaterialContents.AsNoTracking().Where(c => c.Sha256 == material.Sha256).Select(c => c.Bytes).SingleAsync(cancellationToken);
        return new MaterialFile(material.FileName, MaterialFormats.MediaType(material.Format), bytes);
    }

    private static Problem? Editable(Jurisdiction jurisdiction, TitleApplication application) =>
        !ApplicationAccess.ApplicantSide(jurisdiction.Viewer, application)
            ? new Problem("", "材料由申报人本人或其所在单位上传", ClauseIds.Channels)
            : application.Stage is not (ApplicationStage.Draft or ApplicationStage.Returned)
                ? new Problem("", $"该申报当前为“{ApplicationStages.Label(application.Stage)}”，材料只能在草稿或退回补正时修改", ClauseIds.NationalOneTimeNotice)
                : null;

    /// <summary>The content, or null when it is longer than the limit (read no further than one byte past it).</summary>
    private async Task<byte[]?> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A size as people read it: whole MB or KB where it divides evenly, else bytes.</summary>
    private static string SizeLabel(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / 1024 / 1024} MB" : bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes} 字节";

    /// <summary>The file name without any directory part or control characters, with the extension its content has.</summary>
    private static string SafeName(string? fileName, MaterialFormat format)
    {
        var name = Path.GetFileNameWithoutExtension((fileName ?? "").Replace('\\', '/').Split('/').Last());
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            name = "材料";
        }
        return (name.Length > 150 ? name[..150] : name) + MaterialFormats.Extension(format);
    }
}
