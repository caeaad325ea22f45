package dev.skillfast.costcentres.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.costcentres.domain.CostCentres;

/** The members an administrator assigns to a centre: the whole list (those from sign-in are not in it). */
@Schema(name = "CostCentreMembersRequest")
public record MembersRequest(@NotNull @Size(max = CostCentres.MAX_MEMBERS) List<@NotBlank @Size(max = 64) String> userIds) {
}
