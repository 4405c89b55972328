namespace Zhicheng.Web.Pages.Integrity;

/// <summary>The record's fields as the add and the correction forms show them, with the problems beside them.</summary>
public sealed record EntryFieldsView(IntegrityInput Input, FormProblems Problems);
