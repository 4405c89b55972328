using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhicheng.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CommitteesPlansStandards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "standards",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    series = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    specialty = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    in_force_from = table.Column<int>(type: "integer", nullable: false),
                    owner_unit_id = table.Column<int>(type: "integer", nullable: false),
                    management_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content_json = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_standards", x => x.id);
                    table.ForeignKey(
                        name: "fk_standards_organisations_owner_unit_id",
                        column: x => x.owner_unit_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "committee_filings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reasons = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    power_delegated = table.Column<bool>(type: "boolean", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    series = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    specialties = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    scope_unit_ids = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    scope_text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    conditions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    rules = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    office = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    comments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_filings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committees",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    founding_unit_id = table.Column<int>(type: "integer", nullable: false),
                    supervising_bureau_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    series = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    specialties = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    current_filing_id = table.Column<int>(type: "integer", nullable: true),
                    filing_valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    standing = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "date", nullable: true),
                    standing_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committees", x => x.id);
                    table.ForeignKey(
                        name: "fk_committees_committee_filings_current_filing_id",
                        column: x => x.current_filing_id,
                        principalTable: "committee_filings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_committees_organisations_founding_unit_id",
                        column: x => x.founding_unit_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_committees_organisations_supervising_bureau_id",
                        column: x => x.supervising_bureau_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "committee_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: true),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    specialty = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    term_start = table.Column<DateOnly>(type: "date", nullable: false),
                    term_end = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_members_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_committee_members_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "committee_scope_unit",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_scope_unit", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_scope_unit_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_committee_scope_unit_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    application_opens = table.Column<DateOnly>(type: "date", nullable: true),
                    application_closes = table.Column<DateOnly>(type: "date", nullable: true),
                    material_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    review_start = table.Column<DateOnly>(type: "date", nullable: true),
                    review_end = table.Column<DateOnly>(type: "date", nullable: true),
                    meeting_dates = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    publicity_start = table.Column<DateOnly>(type: "date", nullable: true),
                    publicity_end = table.Column<DateOnly>(type: "date", nullable: true),
                    results_publication = table.Column<DateOnly>(type: "date", nullable: true),
                    standard_id = table.Column<int>(type: "integer", nullable: true),
                    recommendation_procedure = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    work_discipline = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    override_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    override_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    comments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    applications_opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_plans_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_plans_standards_standard_id",
                        column: x => x.standard_id,
                        principalTable: "standards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_committee_filings_committee_id_id",
                table: "committee_filings",
                columns: new[] { "committee_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_committee_filings_status",
                table: "committee_filings",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_committee_id_specialty",
                table: "committee_members",
                columns: new[] { "committee_id", "specialty" });

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_person_id",
                table: "committee_members",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_scope_unit_committee_id_organisation_id",
                table: "committee_scope_unit",
                columns: new[] { "committee_id", "organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_committee_scope_unit_organisation_id",
                table: "committee_scope_unit",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_committees_current_filing_id",
                table: "committees",
                column: "current_filing_id");

            migrationBuilder.CreateIndex(
                name: "ix_committees_founding_unit_id",
                table: "committees",
                column: "founding_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_committees_name",
                table: "committees",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_committees_supervising_bureau_id",
                table: "committees",
                column: "supervising_bureau_id");

            migrationBuilder.CreateIndex(
                name: "ix_standards_owner_unit_id",
                table: "standards",
                column: "owner_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_standards_series_specialty_level_version",
                table: "standards",
                columns: new[] { "series", "specialty", "level", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_plans_committee_id_year",
                table: "work_plans",
                columns: new[] { "committee_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_plans_standard_id",
                table: "work_plans",
                column: "standard_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_plans_year_status",
                table: "work_plans",
                columns: new[] { "year", "status" });

            migrationBuilder.AddForeignKey(
                name: "fk_committee_filings_committees_committee_id",
                table: "committee_filings",
                column: "committee_id",
                principalTable: "committees",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_committee_filings_committees_committee_id",
                table: "committee_filings");

            migrationBuilder.DropTable(
                name: "committee_members");

            migrationBuilder.DropTable(
                name: "committee_scope_unit");

            migrationBuilder.DropTable(
                name: "work_plans");

            migrationBuilder.DropTable(
                name: "standards");

            migrationBuilder.DropTable(
                name: "committees");

            migrationBuilder.DropTable(
                name: "committee_filings");
        }
    }
}
