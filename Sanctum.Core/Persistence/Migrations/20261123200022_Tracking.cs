using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Tracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "medications");

            migrationBuilder.EnsureSchema(
                name: "mood");

            migrationBuilder.EnsureSchema(
                name: "dbt");

            migrationBuilder.EnsureSchema(
                name: "episodes");

            migrationBuilder.EnsureSchema(
                name: "safety");

            migrationBuilder.EnsureSchema(
                name: "questionnaires");

            migrationBuilder.CreateTable(
                name: "changes",
                schema: "medications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    medication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    old_dose = table.Column<decimal>(type: "numeric", nullable: true),
                    new_dose = table.Column<decimal>(type: "numeric", nullable: true),
                    prescriber = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_changes_medications_medication_id",
                        column: x => x.medication_id,
                        principalSchema: "identity",
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_changes_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "custom_states",
                schema: "mood",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_custom_states", x => x.id);
                    table.ForeignKey(
                        name: "fk_custom_states_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "daily_baselines",
                schema: "mood",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    wake_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    sleep_hours = table.Column<decimal>(type: "numeric", nullable: true),
                    bedtime_previous_night = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    how_woke_up = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    morning_mood = table.Column<string>(type: "text", nullable: true),
                    morning_meds_taken = table.Column<bool>(type: "boolean", nullable: true),
                    morning_meds_at = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    evening_mood = table.Column<string>(type: "text", nullable: true),
                    evening_meds_taken = table.Column<bool>(type: "boolean", nullable: true),
                    evening_meds_at = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    day_summary = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_baselines", x => x.id);
                    table.ForeignKey(
                        name: "fk_daily_baselines_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "diary_cards",
                schema: "dbt",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    emotions = table.Column<string>(type: "jsonb", nullable: false),
                    target_behaviours = table.Column<string>(type: "jsonb", nullable: false),
                    self_harm_urge = table.Column<int>(type: "integer", nullable: true),
                    self_harm_acted = table.Column<bool>(type: "boolean", nullable: true),
                    suicidal_thoughts = table.Column<int>(type: "integer", nullable: true),
                    suicidal_plan = table.Column<bool>(type: "boolean", nullable: true),
                    meds_as_prescribed = table.Column<bool>(type: "boolean", nullable: true),
                    sleep_hours = table.Column<decimal>(type: "numeric", nullable: true),
                    regular_meals = table.Column<bool>(type: "boolean", nullable: true),
                    exercise_minutes = table.Column<int>(type: "integer", nullable: true),
                    substances = table.Column<string>(type: "text", nullable: true),
                    why_no_skills = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diary_cards", x => x.id);
                    table.ForeignKey(
                        name: "fk_diary_cards_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dose_logs",
                schema: "medications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    medication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dose_logs", x => x.id);
                    table.ForeignKey(
                        name: "fk_dose_logs_medications_medication_id",
                        column: x => x.medication_id,
                        principalSchema: "identity",
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_dose_logs_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "episodes",
                schema: "episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    trigger = table.Column<string>(type: "text", nullable: true),
                    physical_symptoms = table.Column<List<string>>(type: "text[]", nullable: false),
                    cognitive_symptoms = table.Column<List<string>>(type: "text[]", nullable: false),
                    behavioural_symptoms = table.Column<List<string>>(type: "text[]", nullable: false),
                    what_i_did = table.Column<List<string>>(type: "text[]", nullable: false),
                    what_others_did = table.Column<List<string>>(type: "text[]", nullable: false),
                    medical_intervention = table.Column<string>(type: "text", nullable: true),
                    hospitalized = table.Column<bool>(type: "boolean", nullable: false),
                    hospital_name = table.Column<string>(type: "text", nullable: true),
                    how_it_ended = table.Column<string>(type: "text", nullable: true),
                    impact = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_episodes", x => x.id);
                    table.ForeignKey(
                        name: "fk_episodes_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events",
                schema: "safety",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    risk = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    source_entity_type = table.Column<string>(type: "text", nullable: true),
                    source_entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "responses",
                schema: "questionnaires",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instrument = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answers = table.Column<List<int?>>(type: "integer[]", nullable: false),
                    cssrs_behaviour_within_three_months = table.Column<bool>(type: "boolean", nullable: true),
                    score = table.Column<decimal>(type: "numeric", nullable: true),
                    band = table.Column<string>(type: "text", nullable: false),
                    risk = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_responses_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shifts",
                schema: "mood",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    previous_state = table.Column<string>(type: "text", nullable: true),
                    current_state = table.Column<string>(type: "text", nullable: false),
                    intensity = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "text", nullable: true),
                    physical_symptoms = table.Column<List<string>>(type: "text[]", nullable: false),
                    functionality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    activity = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    logged_by = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shifts", x => x.id);
                    table.ForeignKey(
                        name: "fk_shifts_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "side_effects",
                schema: "medications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    medication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    effect = table.Column<string>(type: "text", nullable: false),
                    severity = table.Column<int>(type: "integer", nullable: false),
                    duration_hours = table.Column<decimal>(type: "numeric", nullable: true),
                    action_taken = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_side_effects", x => x.id);
                    table.ForeignKey(
                        name: "fk_side_effects_medications_medication_id",
                        column: x => x.medication_id,
                        principalSchema: "identity",
                        principalTable: "medications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_side_effects_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "skill_uses",
                schema: "dbt",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    diary_card_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    skill = table.Column<string>(type: "text", nullable: false),
                    situation = table.Column<string>(type: "text", nullable: true),
                    effectiveness = table.Column<int>(type: "integer", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skill_uses", x => x.id);
                    table.ForeignKey(
                        name: "fk_skill_uses_diary_cards_diary_card_id",
                        column: x => x.diary_card_id,
                        principalSchema: "dbt",
                        principalTable: "diary_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_skill_uses_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions",
                schema: "episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    episode_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    who_helped = table.Column<string>(type: "text", nullable: true),
                    effectiveness = table.Column<int>(type: "integer", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interventions", x => x.id);
                    table.ForeignKey(
                        name: "fk_interventions_episodes_episode_id",
                        column: x => x.episode_id,
                        principalSchema: "episodes",
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_interventions_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_changes_medication_id_date",
                schema: "medications",
                table: "changes",
                columns: new[] { "medication_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_changes_user_id_date",
                schema: "medications",
                table: "changes",
                columns: new[] { "user_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_custom_states_user_id_name",
                schema: "mood",
                table: "custom_states",
                columns: new[] { "user_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_daily_baselines_user_id_date",
                schema: "mood",
                table: "daily_baselines",
                columns: new[] { "user_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diary_cards_user_id_date",
                schema: "dbt",
                table: "diary_cards",
                columns: new[] { "user_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dose_logs_medication_id_scheduled_at",
                schema: "medications",
                table: "dose_logs",
                columns: new[] { "medication_id", "scheduled_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dose_logs_user_id_scheduled_at",
                schema: "medications",
                table: "dose_logs",
                columns: new[] { "user_id", "scheduled_at" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_user_id_started_at",
                schema: "episodes",
                table: "episodes",
                columns: new[] { "user_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_events_occurred_at",
                schema: "safety",
                table: "events",
                column: "occurred_at",
                filter: "handled_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_user_id_occurred_at",
                schema: "safety",
                table: "events",
                columns: new[] { "user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_interventions_episode_id_occurred_at",
                schema: "episodes",
                table: "interventions",
                columns: new[] { "episode_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_interventions_user_id",
                schema: "episodes",
                table: "interventions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_responses_user_id_instrument_completed_at",
                schema: "questionnaires",
                table: "responses",
                columns: new[] { "user_id", "instrument", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_shifts_user_id_occurred_at",
                schema: "mood",
                table: "shifts",
                columns: new[] { "user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_side_effects_medication_id_occurred_at",
                schema: "medications",
                table: "side_effects",
                columns: new[] { "medication_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_side_effects_user_id_occurred_at",
                schema: "medications",
                table: "side_effects",
                columns: new[] { "user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_skill_uses_diary_card_id",
                schema: "dbt",
                table: "skill_uses",
                column: "diary_card_id");

            migrationBuilder.CreateIndex(
                name: "ix_skill_uses_user_id_module",
                schema: "dbt",
                table: "skill_uses",
                columns: new[] { "user_id", "module" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "changes",
                schema: "medications");

            migrationBuilder.DropTable(
                name: "custom_states",
                schema: "mood");

            migrationBuilder.DropTable(
                name: "daily_baselines",
                schema: "mood");

            migrationBuilder.DropTable(
                name: "dose_logs",
                schema: "medications");

            migrationBuilder.DropTable(
                name: "events",
                schema: "safety");

            migrationBuilder.DropTable(
                name: "interventions",
                schema: "episodes");

            migrationBuilder.DropTable(
                name: "responses",
                schema: "questionnaires");

            migrationBuilder.DropTable(
                name: "shifts",
                schema: "mood");

            migrationBuilder.DropTable(
                name: "side_effects",
                schema: "medications");

            migrationBuilder.DropTable(
                name: "skill_uses",
                schema: "dbt");

            migrationBuilder.DropTable(
                name: "episodes",
                schema: "episodes");

            migrationBuilder.DropTable(
                name: "diary_cards",
                schema: "dbt");
        }
    }
}
