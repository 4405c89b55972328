using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Import;

/// <summary>A sheet that passed validation: where it is in the file, where its header is, how many rows it has.</summary>
internal sealed record SheetPlan(ImportSheet Sheet, string NameInFile, SheetLayout Layout, int Rows);

/// <summary>
/// The first pass of an import: streams every sheet once, checks every row, and reports every problem. It keeps
/// only compact keys — the identity numbers of the 人员 sheet and the natural keys of the other sheets, each
/// with its row, to name both rows of a duplicate — never the rows themselves. The 人员 sheet is read first,
/// so the other sheets can tell whether a person is on it.
/// </summary>
internal sealed class ImportValidator(AppDbContext db, Jurisdiction jurisdiction, UnitDirectory units, ImportProblems problems, DateOnly today,
    PolicySettings settings, Action<ImportProgress>? progress)
{
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, string, TitleLevel), int> _titles = [];
    private readonly Dictionary<(string, int), int> _assessments = [];
    private readonly Dictionary<(string, Degree, DateOnly), int> _education = [];
    private readonly PersonReferences _references = new(db, jurisdiction, problems);

    public async Task<IReadOnlyList<SheetPlan>> ValidateAsync(ImportFile file, CancellationToken cancellationToken)
    {
        var plans = new List<SheetPlan>();
        foreach (var (sheet, name) in file.Sheets(problems))
        {
            try
            {
                if (await ValidateSheetAsync(file, sheet, name, cancellationToken) is { } plan)
                {
                    plans.Add(plan);
                }
            }
            catch (InputFileException ex)
            {
                problems.Add(sheet, null, null, ex.Message);
            }
        }
        if (!problems.Any && plans.Sum(p => p.Rows) == 0)
        {
            problems.Add(null, null, null, "文件中没有任何数据行：表头之下每行填写一条记录");
        }
        return plans;
    }

    /// <summary>Whether this importer must fill a column: all required ones, except the unit for an employer's HR.</summary>
    public bool Required(ImportColumn column) => column.Required && !(column.Header == ImportHeaders.UnitCreditCode && units.Own is not null);

    private async Task<SheetPlan?> ValidateSheetAsync(ImportFile file, ImportSheet sheet, string name, CancellationToken cancellationToken)
    {
        await using var records = file.ReadAheadAsync(name, r => r, cancellationToken).GetAsyncEnumerator(cancellationToken);
        if (await SheetLayout.FindAsync(sheet, records, Required, problems) is not { } layout)
        {
            return null;
        }
        var rows = 0;
        while (await records.MoveNextAsync())
        {
            if (records.Current.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var cells = new CellReader(layout, records.Current, problems, today);
            Check(sheet, cells);
            if (++rows % PersonReferences.BatchSize == 0)
            {
                progress?.Invoke(new ImportProgress(ImportStage.Validating, sheet, rows));
            }
            if (_references.Due)
            {
                await _references.FlushAsync(cancellationToken);
            }
        }
        await _references.FlushAsync(cancellationToken);
        return new SheetPlan(sheet, name, layout, rows);
    }

    private void Check(ImportSheet sheet, CellReader cells)
    {
        switch (sheet)
        {
            case ImportSheet.People:
                CheckPerson(cells, ImportRows.Person(cells));
                break;
            case ImportSheet.Titles:
                var title = ImportRows.Title(cells);
                CheckInitialDeadline(cells, title);
                Reference(cells, sheet);
                Unique(cells, _titles, title is null ? null : (title.Id.Value, title.Series, title.Specialty, title.Level),
                    "同一人员同一系列、专业、层级的职称");
                break;
            case ImportSheet.Assessments:
                var assessment = ImportRows.Assessment(cells);
                Reference(cells, sheet);
                Unique(cells, _assessments, assessment is null ? null : (assessment.Id.Value, assessment.Year),
                    assessment is null ? "" : $"同一人员{assessment.Year}年度的考核");
                break;
            default:
                var education = ImportRows.Education(cells);
                Reference(cells, sheet);
                Unique(cells, _education, education is null ? null : (education.Id.Value, education.Degree, education.ObtainedOn),
                    "同一人员同一学历、同一毕业时间的记录");
                break;
        }
    }

    /// <summary>N2024-3.5b: an 初定 of a year the notice governs is decided by that year's cut-off (11-30), or not at all.</summary>
    private void CheckInitialDeadline(CellReader cells, TitleRow? title)
    {
        if (title is not { Source: TitleSource.InitialDetermination, ObtainedOn: var on } || on.Year < settings.InitialDeterminationCutoffFrom)
        {
            return;
        }
        var cutoff = settings.InitialDeterminationCutoff.In(on.Year);
        if (on > cutoff)
        {
            cells.Fail(ImportHeaders.ObtainedOn,
                $"初定须在当年{cutoff.Month}月{cutoff.Day}日前完成，{CellReader.Iso(on)}已过{on.Year}年度的初定截止日（{ClauseIds.InitialDetermination}）");
        }
    }

    private void CheckPerson(CellReader cells, PersonRow? row)
    {
        if (cells.ValidIdentity() is { } id)
        {
            if (!_people.TryAdd(id, cells.Row))
            {
                cells.Fail(ImportHeaders.IdNumber, $"身份证号在第{_people[id]}行和第{cells.Row}行重复出现（同一人员只能填写一行）");
            }
            else
            {
                _references.OnPeopleSheet(id, cells.Row);
            }
        }
        var code = cells.Peek(ImportHeaders.UnitCreditCode);
        UnitInfo? unit;
        if (code is null)
        {
            unit = units.Own;
            if (unit is null)
            {
                cells.Fail(ImportHeaders.UnitCreditCode, "必填，不能为空");
                return;
            }
        }
        else if (!CreditCode.TryParse(code, out var parsed, out _))
        {
            return; // reported with the row's other cells
        }
        else if ((unit = units.Find(parsed.Value)) is null)
        {
            cells.Fail(ImportHeaders.UnitCreditCode, $"单位“{parsed.Value}”不在您的管辖范围内");
            return;
        }
        if (unit.Kind == OrganisationKind.Employer && row?.EmploymentType is { } type && type != unit.EmploymentType)
        {
            cells.Fail(ImportHeaders.EmploymentType, "该单位是用人单位，单位性质取自单位信息" +
                (unit.EmploymentType is { } own ? $"（{Codes.EmploymentType.Label(own)}）" : "") + "，此列请留空");
        }
    }

    private void Reference(CellReader cells, ImportSheet sheet)
    {
        if (cells.ValidIdentity() is { } id && !_people.ContainsKey(id))
        {
            _references.Referenced(id, sheet, cells.Row);
        }
    }

    private static void Unique<TKey>(CellReader cells, Dictionary<TKey, int> seen, TKey? key, string what) where TKey : struct
    {
        if (key is { } k && !seen.TryAdd(k, cells.Row))
        {
            cells.Fail(ImportHeaders.IdNumber, $"{what}在第{seen[k]}行和第{cells.Row}行重复出现");
        }
    }
}
