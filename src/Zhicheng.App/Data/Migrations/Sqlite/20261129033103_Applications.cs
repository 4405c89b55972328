using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhicheng.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    person_id = table.Column<int>(type: "INTEGER", nullable: false),
                    committee_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    route = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    series = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    unit_id = table.Column<int>(type: "INTEGER", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    step_index = table.Column<int>(type: "INTEGER", nullable: false),
                    reviewer_organisation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    step_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    publicity_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    publicity_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    qualification_checked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    qualification_passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    qualification_summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    integrity_acknowledged_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_applications_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_organisations_reviewer_organisation_id",
                        column: x => x.reviewer_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_organisations_unit_id",
                        column: x => x.unit_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "material_contents",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_material_contents", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    actor_account_id = table.Column<int>(type: "INTEGER", nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    step_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    from_stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    to_stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    items = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_events_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_steps",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<int>(type: "INTEGER", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_steps_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_application_steps_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "integrity_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    authority_id = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    application_id = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    correction_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_integrity_entries_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_integrity_entries_organisations_authority_id",
                        column: x => x.authority_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "materials",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_materials", x => x.id);
                    table.ForeignKey(
                        name: "fk_materials_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "objections",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<int>(type: "INTEGER", nullable: false),
                    raised_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    raised_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    resolved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    resolved_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objections", x => x.id);
                    table.ForeignKey(
                        name: "fk_objections_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unit_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    application_id = table.Column<int>(type: "INTEGER", nullable: true),
                    order_id = table.Column<int>(type: "INTEGER", nullable: true),
                    issued_by_id = table.Column<int>(type: "INTEGER", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    issued_by_account = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rectification_report = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rectified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_unit_actions_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unit_actions_organisations_issued_by_id",
                        column: x => x.issued_by_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unit_actions_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unit_actions_unit_actions_order_id",
                        column: x => x.order_id,
                        principalTable: "unit_actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_events_application_id_id",
                table: "application_events",
                columns: new[] { "application_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_application_steps_application_id_order",
                table: "application_steps",
                columns: new[] { "application_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_application_steps_organisation_id",
                table: "application_steps",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_committee_id_year_stage",
                table: "applications",
                columns: new[] { "committee_id", "year", "stage" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_number",
                table: "applications",
                column: "number");

            migrationBuilder.CreateIndex(
                name: "ix_applications_person_id_year",
                table: "applications",
                columns: new[] { "person_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_reviewer_organisation_id_stage_step_kind_id",
                table: "applications",
                columns: new[] { "reviewer_organisation_id", "stage", "step_kind", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_unit_id_year",
                table: "applications",
                columns: new[] { "unit_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_integrity_entries_application_id",
                table: "integrity_entries",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_entries_authority_id",
                table: "integrity_entries",
                column: "authority_id");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_entries_decided_on",
                table: "integrity_entries",
                column: "decided_on");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_entries_id_number_decided_on",
                table: "integrity_entries",
                columns: new[] { "id_number", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_materials_application_id_id",
                table: "materials",
                columns: new[] { "application_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_materials_sha256",
                table: "materials",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_objections_application_id",
                table: "objections",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_actions_application_id",
                table: "unit_actions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_actions_issued_by_id",
                table: "unit_actions",
                column: "issued_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_actions_order_id",
                table: "unit_actions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_actions_organisation_id_id",
                table: "unit_actions",
                columns: new[] { "organisation_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "application_steps");

            migrationBuilder.DropTable(
                name: "integrity_entries");

            migrationBuilder.DropTable(
                name: "material_contents");

            migrationBuilder.DropTable(
                name: "materials");

            migrationBuilder.DropTable(
                name: "objections");

            migrationBuilder.DropTable(
                name: "unit_actions");

            migrationBuilder.DropTable(
                name: "applications");
        }
    }
}
