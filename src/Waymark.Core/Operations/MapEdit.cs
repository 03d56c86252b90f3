using System.Text.Json.Serialization;

namespace Waymark.Core.Operations;

/// <summary>
/// One named change to a map: the editor's <c>Edit</c> (web/src/features/map/state/edits.ts) with the same JSON, a
/// <c>type</c> discriminator and camelCase properties. Parts of the document an edit carries (a stage, a step, a
/// cell, a patch) stay JSON: the file format's reader checks them when the changed document is validated.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(UpdateMapEdit), "updateMap")]
[JsonDerivedType(typeof(UpdateScopeEdit), "updateScope")]
[JsonDerivedType(typeof(AddStageEdit), "addStage")]
[JsonDerivedType(typeof(UpdateStageEdit), "updateStage")]
[JsonDerivedType(typeof(DeleteStageEdit), "deleteStage")]
[JsonDerivedType(typeof(MoveStageEdit), "moveStage")]
[JsonDerivedType(typeof(AddStepEdit), "addStep")]
[JsonDerivedType(typeof(UpdateStepEdit), "updateStep")]
[JsonDerivedType(typeof(DeleteStepEdit), "deleteStep")]
[JsonDerivedType(typeof(MoveStepEdit), "moveStep")]
[JsonDerivedType(typeof(AddLaneEdit), "addLane")]
[JsonDerivedType(typeof(UpdateLaneEdit), "updateLane")]
[JsonDerivedType(typeof(DeleteLaneEdit), "deleteLane")]
[JsonDerivedType(typeof(MoveLaneEdit), "moveLane")]
[JsonDerivedType(typeof(SetCellEdit), "setCell")]
[JsonDerivedType(typeof(AddPersonaEdit), "addPersona")]
[JsonDerivedType(typeof(UpdatePersonaEdit), "updatePersona")]
[JsonDerivedType(typeof(RemovePersonaEdit), "removePersona")]
[JsonDerivedType(typeof(ReplaceDocumentEdit), "replaceDocument")]
public abstract record MapEdit;
