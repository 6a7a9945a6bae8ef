using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SkillsLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "skills");

            migrationBuilder.CreateTable(
                name: "skills",
                schema: "skills",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    framework = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    approach = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    when_to_use = table.Column<string>(type: "text", nullable: false),
                    steps = table.Column<string>(type: "jsonb", nullable: false),
                    example = table.Column<string>(type: "text", nullable: false),
                    cautions = table.Column<string>(type: "text", nullable: false),
                    min_intensity = table.Column<int>(type: "integer", nullable: false),
                    max_intensity = table.Column<int>(type: "integer", nullable: false),
                    suits = table.Column<string>(type: "jsonb", nullable: false),
                    aliases = table.Column<string>(type: "jsonb", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, computedColumnSql: "setweight(to_tsvector('english'::regconfig, name) || to_tsvector('english'::regconfig, aliases), 'A') || setweight(to_tsvector('english'::regconfig, summary), 'B') || setweight(to_tsvector('english'::regconfig, when_to_use), 'C') || setweight(to_tsvector('english'::regconfig, steps), 'D')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skills", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "user_skills",
                schema: "skills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    skill_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_skills", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_skills_skills_skill_key",
                        column: x => x.skill_key,
                        principalSchema: "skills",
                        principalTable: "skills",
                        principalColumn: "key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_skills_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_skills_framework_category_name",
                schema: "skills",
                table: "skills",
                columns: new[] { "framework", "category", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_skills_search_vector",
                schema: "skills",
                table: "skills",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_user_skills_skill_key",
                schema: "skills",
                table: "user_skills",
                column: "skill_key");

            migrationBuilder.CreateIndex(
                name: "ix_user_skills_user_id_skill_key",
                schema: "skills",
                table: "user_skills",
                columns: new[] { "user_id", "skill_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "user_skills",
                schema: "skills");

            migrationBuilder.DropTable(
                name: "skills",
                schema: "skills");
        }
    }
}
