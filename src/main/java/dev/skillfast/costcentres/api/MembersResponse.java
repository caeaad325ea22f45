package dev.skillfast.costcentres.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A centre's members, with where each membership comes from. */
@Schema(name = "CostCentreMembers")
public record MembersResponse(String code, List<MemberView> members) {

    /** One membership. */
    public record MemberView(String userId, String name, String email,
                             @Schema(enumeration = {"ADMIN", "SSO"}, description = "ADMIN: assigned here; SSO: from "
                                     + "the identity provider's claim at sign-in") String source) {
    }
}
