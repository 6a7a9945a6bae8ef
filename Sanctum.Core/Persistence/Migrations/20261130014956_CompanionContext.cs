using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CompanionContext : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "companion");

            migrationBuilder.CreateTable(
                name: "configurations",
                schema: "companion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    pacing = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    daily_affirmation = table.Column<bool>(type: "boolean", nullable: false),
                    topics_to_avoid = table.Column<string>(type: "jsonb", nullable: false),
                    active_protocols = table.Column<string>(type: "jsonb", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_configurations", x => x.id);
                    table.ForeignKey(
                        name: "fk_configurations_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "knowledge",
                schema: "companion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    confidence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    learned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge", x => x.id);
                    table.ForeignKey(
                        name: "fk_knowledge_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_configurations_user_id",
                schema: "companion",
                table: "configurations",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_user_id_category_key",
                schema: "companion",
                table: "knowledge",
                columns: new[] { "user_id", "category", "key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "configurations",
                schema: "companion");

            migrationBuilder.DropTable(
                name: "knowledge",
                schema: "companion");
        }
    }
}
