using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SafetyPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plan_versions",
                schema: "safety",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    warning_signs = table.Column<string>(type: "jsonb", nullable: false),
                    coping_strategies = table.Column<string>(type: "jsonb", nullable: false),
                    distractions = table.Column<string>(type: "jsonb", nullable: false),
                    people_to_ask = table.Column<string>(type: "jsonb", nullable: false),
                    contact_ids = table.Column<string>(type: "jsonb", nullable: false),
                    professionals = table.Column<string>(type: "jsonb", nullable: false),
                    provider_ids = table.Column<string>(type: "jsonb", nullable: false),
                    safe_environment = table.Column<string>(type: "jsonb", nullable: false),
                    matters_most = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_versions_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plan_versions_user_id_version",
                schema: "safety",
                table: "plan_versions",
                columns: new[] { "user_id", "version" },
                unique: true);

            // A saved version is history: a change is a new version, never an edit. Deleting stays possible,
            // so an account's plans go with the account.
            migrationBuilder.Sql("""
                CREATE FUNCTION safety.reject_plan_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'safety.plan_versions rows are never edited; save a new version';
                END $$;
                CREATE TRIGGER plan_versions_never_edited
                    BEFORE UPDATE ON safety.plan_versions
                    FOR EACH ROW EXECUTE FUNCTION safety.reject_plan_version_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION safety.reject_plan_version_change() CASCADE;");

            migrationBuilder.DropTable(
                name: "plan_versions",
                schema: "safety");
        }
    }
}
