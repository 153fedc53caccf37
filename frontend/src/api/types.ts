/** Friendly names for the generated schema types the app uses. */
import type { components } from "./schema";

type Schemas = components["schemas"];

export type User = Schemas["UserOut"];
export type TokenOut = Schemas["TokenOut"];
export type AuthSession = Schemas["SessionOut"];
export type Problem = Schemas["Problem"];
export type FieldError = Schemas["FieldError"];
export type RegisterIn = Schemas["RegisterIn"];
export type LoginIn = Schemas["LoginIn"];
export type ChangePasswordIn = Schemas["ChangePasswordIn"];
export type ResetRequestIn = Schemas["ResetRequestIn"];
export type ResetCompleteIn = Schemas["ResetCompleteIn"];

export type Catalog = Schemas["CatalogOut"];
export type Swatch = Schemas["SwatchOut"];
export type Kind = Schemas["Kind"];
export type Trait = Schemas["Trait"];
export type Pronouns = Schemas["Pronouns"];
export type HairStyle = Schemas["HairStyle"];
export type Outfit = Schemas["Outfit"];
export type Accessory = Schemas["Accessory"];
export type ArtStyle = Schemas["ArtStyle"];
export type CharacterSheet = Schemas["CharacterSheet"];
export type Character = Schemas["CharacterOut"];
export type CharacterIn = Schemas["CharacterIn"];
export type CharacterPage = Schemas["CharacterPage"];
export type CharactersDocument = Schemas["CharactersDocument"];
export type ImageOut = Schemas["ImageOut"];
export type Relationship = Schemas["RelationshipOut"];
export type RelationshipRole = Schemas["RelationshipRole"];
export type Job = Schemas["JobOut"];
export type JobStep = Schemas["JobStep"];
export type JobStatus = Schemas["JobStatus"];
export type Story = Schemas["StoryOut"];
export type StorySummary = Schemas["StorySummary"];
export type StoryConfig = Schemas["StoryConfig"];
export type StoryPage = Schemas["PageOut"];
export type Candidate = Schemas["CandidateOut"];
export type AgeBand = Schemas["AgeBand"];
export type Template = Schemas["Template"];
export type Lesson = Schemas["Lesson"];
export type Setting = Schemas["Setting"];
export type Role = Schemas["Role"];
export type Usage = Schemas["UsageOut"];

export type AdminHealth = Schemas["HealthOut"];
export type AdminComponent = Schemas["Component"];
export type ComponentStatus = Schemas["Component"]["status"];
export type AdminJob = Schemas["AdminJob"];
export type AdminJobList = Schemas["AdminJobList"];
export type UserUsage = Schemas["UserUsage"];
export type UserUsageList = Schemas["UserUsageList"];
export type SafetyBlock = Schemas["SafetyBlockOut"];
export type SafetyBlocks = Schemas["SafetyBlocks"];
export type SeriesPoint = Schemas["SeriesPoint"];
export type TimeSeries = Schemas["TimeSeries"];
