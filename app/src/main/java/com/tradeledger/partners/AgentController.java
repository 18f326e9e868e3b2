package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commission agents and business partners (渠道/佣金客户) over HTTP: registered, changed and deactivated (by managers,
 * as the security rules say), and read back by id or as a list.
 */
@RestController
@RequestMapping("/api/v1/agents")
class AgentController {

    private final Commands commands;
    private final QueryGateway queries;

    AgentController(Commands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Accepted> register(@Valid @RequestBody Registration request) {
        AgentId id = AgentId.generate();
        return commands.create(
                request,
                new RegisterAgent(
                        id,
                        request.code(),
                        request.name(),
                        request.country(),
                        request.email(),
                        request.defaultCommission()),
                id,
                URI.create("/api/v1/agents/" + id));
    }

    @PostMapping("/{id}/change")
    ResponseEntity<Accepted> change(@PathVariable UUID id, @Valid @RequestBody Change request) {
        AgentId agent = new AgentId(id);
        return commands.update(
                request,
                new ChangeAgent(
                        agent,
                        request.name(),
                        request.country(),
                        request.email(),
                        request.defaultCommission(),
                        commands.expectedVersion()),
                agent);
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<Accepted> deactivate(@PathVariable UUID id, @Valid @RequestBody Deactivation request) {
        AgentId agent = new AgentId(id);
        return commands.update(
                request, new DeactivateAgent(agent, request.reason(), commands.expectedVersion()), agent);
    }

    @ReadsProjection("agent-directory")
    @GetMapping("/{id}")
    ResponseEntity<AgentView> agent(@PathVariable UUID id) {
        AgentView agent = queries.query(
                        new FindAgent(new AgentId(id)), ResponseTypes.optionalInstanceOf(AgentView.class))
                .join()
                .orElseThrow(() -> new NotFound("agent", id));
        return ResponseEntity.ok().eTag(Versions.entityTag(agent.version())).body(agent);
    }

    @ReadsProjection("agent-directory")
    @GetMapping
    AgentPage agents(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(new ListAgents(q, active, page, size), ResponseTypes.instanceOf(AgentPage.class))
                .join();
    }

    record Registration(
            @NotNull AgentCode code,
            @NotBlank String name,
            @NotNull CountryCode country,
            EmailAddress email,
            Percentage defaultCommission) {}

    record Change(
            @NotBlank String name, @NotNull CountryCode country, EmailAddress email, Percentage defaultCommission) {}

    record Deactivation(@NotBlank String reason) {}
}
