using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// 申报材料: PDF and images recognised by content and stored once per SHA-256; an executable renamed .pdf, an empty or
/// oversized file refused naming the field "file"; changed only while a draft or returned; never served outside the
/// application's jurisdiction.
/// </summary>
public sealed class ApplicationMaterialsTests : ApplicationServiceTest
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    [Fact]
    public async Task Add_SamePdfTwice_StoredOnce()
    {
        var draft = await DraftAsync();
        ApplicationMaterial first, second;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            first = (await doctor.Materials.AddAsync(doctor.Jurisdiction, draft.Id, MaterialKind.Education, "学历证书.pdf", new MemoryStream(Pdf))).ShouldSucceed();
        }
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            second = (await hr.Materials.AddAsync(hr.Jurisdiction, draft.Id, MaterialKind.Title, "C:\\扫描\\..\\职称证书.PDF", new MemoryStream(Pdf))).ShouldSucceed();
        }

        first.Format.ShouldBe(MaterialFormat.Pdf);
        first.Size.ShouldBe(Pdf.Length);
        first.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
        second.Sha256.ShouldBe(first.Sha256);
        second.FileName.ShouldBe("职称证书.pdf");
        await using (var db = Read())
        {
            (await db.MaterialContents.CountAsync()).ShouldBe(1);
            (await db.Materials.CountAsync(m => m.ApplicationId == draft.Id)).ShouldBe(2);
        }
        await using (var doctor = await As(AccountRole.Applicant))
        {
            var file = (await doctor.Materials.OpenAsync(doctor.Jurisdiction, draft.Id, first.Id)).ShouldNotBeNull();
            file.MediaType.ShouldBe("application/pdf");
            file.FileName.ShouldBe("学历证书.pdf");
            file.Bytes.ShouldBe(Pdf);
            (await doctor.Materials.RemoveAsync(doctor.Jurisdiction, draft.Id, second.Id)).ShouldSucceed();
        }
        await using (var db = Read())
        {
            (await db.MaterialContents.CountAsync()).ShouldBe(1);
            (await db.Materials.CountAsync(m => m.ApplicationId == draft.Id)).ShouldBe(1);
        }
    }

    public static TheoryData<string, byte[], string, string> NotMaterials => new()
    {
        { "ExecutableRenamedPdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], "毕业证.pdf", "“毕业证.pdf”不是 PDF、PNG 或 JPEG 文件（按文件内容识别，与扩展名无关）" },
        { "TextRenamedPng", Encoding.UTF8.GetBytes("这是一段文字"), "说明.png", "“说明.png”不是 PDF、PNG 或 JPEG 文件（按文件内容识别，与扩展名无关）" },
        { "Empty", [], "空文件.pdf", "文件是空的（0 字节）" },
    };

    [Theory]
    [MemberData(nameof(NotMaterials))]
    public async Task Add_NotAMaterial_RefusedAsFile(string @case, byte[] content, string fileName, string message)
    {
        var draft = await DraftAsync();
        var before = await WrittenAsync();
        await using var doctor = await As(AccountRole.Applicant);

        var outcome = await doctor.Materials.AddAsync(doctor.Jurisdiction, draft.Id, MaterialKind.Education, fileName, new MemoryStream(content));

        outcome.ShouldBeRefused("file", ClauseIds.NationalUnitReview).Message.ShouldBe(message, @case);
        (await WrittenAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(1024, true)]
    [InlineData(1025, false)]
    public async Task Add_AtAndOverTheSizeLimit_OnlyTheLimitAccepted(int size, bool accepted)
    {
        var draft = await DraftAsync();
        var bytes = new byte[size];
        Pdf.CopyTo(bytes, 0);
        var before = await WrittenAsync();
        await using var doctor = await As(AccountRole.Applicant);
        var materials = new ApplicationMaterials(doctor.Db, doctor.Applications, new MaterialLimits { MaxBytes = 1024 }, Clock);

        var outcome = await materials.AddAsync(doctor.Jurisdiction, draft.Id, MaterialKind.Achievement, "业绩.pdf", new MemoryStream(bytes));

        if (accepted)
        {
            outcome.ShouldSucceed().Size.ShouldBe(1024);
            return;
        }
        outcome.ShouldBeRefused("file", ClauseIds.NationalUnitReview).Message.ShouldBe("文件超过 1 KB 的上限");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Add_TooManyFiles_Refused()
    {
        var draft = await DraftAsync();
        await using var doctor = await As(AccountRole.Applicant);
        var materials = new ApplicationMaterials(doctor.Db, doctor.Applications, new MaterialLimits { MaxPerApplication = 1 }, Clock);
        (await materials.AddAsync(doctor.Jurisdiction, draft.Id, MaterialKind.Education, "一.pdf", new MemoryStream(Pdf))).ShouldSucceed();

        (await materials.AddAsync(doctor.Jurisdiction, draft.Id, MaterialKind.Education, "二.pdf", new MemoryStream(Pdf)))
            .ShouldBeRefused("file", ClauseIds.NationalUnitReview).Message.ShouldBe("每份申报最多上传 1 个材料");
    }

    [Fact]
    public async Task Add_WithoutKind_Refused()
    {
        var draft = await DraftAsync();
        await using var doctor = await As(AccountRole.Applicant);

        (await doctor.Materials.AddAsync(doctor.Jurisdiction, draft.Id, null, "学历证书.pdf", new MemoryStream(Pdf)))
            .ShouldBeRefused("kind", ClauseIds.NationalUnitReview).Message.ShouldBe("请选择材料类别");
    }

    [Fact]
    public async Task Add_AfterSubmission_RefusedUntilReturned()
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Materials.AddAsync(doctor.Jurisdiction, application.Id, MaterialKind.Education, "学历证书.pdf", new MemoryStream(Pdf)))
                .ShouldBeRefused("", ClauseIds.NationalOneTimeNotice).Message.ShouldBe("该申报当前为“审核中”，材料只能在草稿或退回补正时修改");
        }
        (await WrittenAsync()).ShouldBe(before);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.ReturnAsync(hr.Jurisdiction, application.Id, application.Version, ["缺少学历证书"], null)).ShouldSucceed();
        }
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Materials.AddAsync(doctor.Jurisdiction, application.Id, MaterialKind.Education, "学历证书.pdf", new MemoryStream(Pdf))).ShouldSucceed();
        }
    }

    [Fact]
    public async Task Add_ByAReviewer_Refused()
    {
        var application = await SubmittedAsync();
        await using var county = await As(AccountRole.CountyStaff);

        (await county.Materials.AddAsync(county.Jurisdiction, application.Id, MaterialKind.Other, "补充.pdf", new MemoryStream(Pdf)))
            .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("材料由申报人本人或其所在单位上传");
    }

    [Fact]
    public async Task Open_OutsideTheJurisdiction_Null()
    {
        var draft = await DraftAsync();
        ApplicationMaterial material;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            material = (await doctor.Materials.AddAsync(doctor.Jurisdiction, draft.Id, MaterialKind.Education, "学历证书.pdf", new MemoryStream(Pdf))).ShouldSucceed();
        }
        var companyHr = new Viewer(9_401, "电力公司人事", AccountRole.EmployerHr, World.Company.Id, null);
        foreach (var viewer in new[] { YongjiStaff, companyHr, Desk.ViewerOf(World, AccountRole.DepartmentReviewer), Desk.ViewerOf(World, AccountRole.Expert) })
        {
            await using var desk = await As(viewer);
            (await desk.Materials.OpenAsync(desk.Jurisdiction, draft.Id, material.Id)).ShouldBeNull(viewer.Name);
        }
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Materials.OpenAsync(doctor.Jurisdiction, draft.Id + 1, material.Id)).ShouldBeNull("另一份申报的编号");
            draft = (await doctor.Applications.SubmitAsync(doctor.Jurisdiction, draft.Id, (await StoredAsync(draft.Id)).Version)).ShouldSucceed();
        }
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            (await dept.Materials.OpenAsync(dept.Jurisdiction, draft.Id, material.Id)).ShouldNotBeNull().Bytes.ShouldBe(Pdf);
        }
        await using (var yongji = await As(YongjiStaff))
        {
            (await yongji.Materials.OpenAsync(yongji.Jurisdiction, draft.Id, material.Id)).ShouldBeNull();
        }
    }

    private async Task<TitleApplication> DraftAsync()
    {
        await using var doctor = await As(AccountRole.Applicant);
        return (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
    }
}
