using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reminders");

            migrationBuilder.CreateTable(
                name: "reminders",
                schema: "reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    target = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    medication_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recurrence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    times = table.Column<List<TimeOnly>>(type: "time without time zone[]", nullable: false),
                    weekdays = table.Column<string>(type: "jsonb", nullable: false),
                    on_date = table.Column<DateOnly>(type: "date", nullable: true),
                    cron = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    occurrence_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    snoozed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_reminders_healthcare_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "identity",
                        principalTable: "healthcare_providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_reminders_medications_medication_id",
                        column: x => x.medication_id,
                        principalSchema: "identity",
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_reminders_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_medication_id",
                schema: "reminders",
                table: "reminders",
                column: "medication_id");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_next_due_at",
                schema: "reminders",
                table: "reminders",
                column: "next_due_at",
                filter: "enabled");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_provider_id",
                schema: "reminders",
                table: "reminders",
                column: "provider_id");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_user_id_created_at",
                schema: "reminders",
                table: "reminders",
                columns: new[] { "user_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reminders",
                schema: "reminders");
        }
    }
}
