package com.tradeledger.partners;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One commission agent or business partner (渠道/佣金客户): its unique code, name, country, contact e-mail and the
 * commission rate it usually earns. Once deactivated no new commission may name it and it takes no further commands.
 */
public class Agent {

    @AggregateIdentifier
    private AgentId agentId;

    private AgentCode code;
    private String name;
    private CountryCode country;
    private EmailAddress email;
    private Percentage defaultCommission;
    private boolean active;

    Agent() {
        // Axon rebuilds the agent from its events through this constructor.
    }

    @CommandHandler
    Agent(RegisterAgent command, AgentRegistry registry) {
        requirePresent(command.agentId(), "agentId");
        requirePresent(command.code(), "code");
        requireDetails(command.name(), command.country());
        if (!registry.claim(command.code(), command.agentId())) {
            throw new AgentCodeAlreadyRegistered(command.code());
        }
        apply(new AgentRegistered(
                command.agentId(),
                command.code(),
                command.name(),
                command.country(),
                command.email(),
                command.defaultCommission()));
    }

    @CommandHandler
    void change(ChangeAgent command) {
        requireActive();
        requireDetails(command.name(), command.country());
        if (!command.name().equals(name)
                || !command.country().equals(country)
                || !Objects.equals(command.email(), email)
                || !Objects.equals(command.defaultCommission(), defaultCommission)) {
            apply(new AgentChanged(
                    agentId, command.name(), command.country(), command.email(), command.defaultCommission()));
        }
    }

    @CommandHandler
    void deactivate(DeactivateAgent command, AgentRegistry registry) {
        requireActive();
        requirePresent(command.reason(), "reason");
        registry.deactivate(code);
        apply(new AgentDeactivated(agentId, code, command.reason()));
    }

    private static void requireDetails(String name, CountryCode country) {
        requirePresent(name, "name");
        requirePresent(country, "country");
    }

    private void requireActive() {
        if (!active) {
            throw new AgentNotActive(agentId);
        }
    }

    @EventSourcingHandler
    void on(AgentRegistered event) {
        agentId = event.agentId();
        code = event.code();
        name = event.name();
        country = event.country();
        email = event.email();
        defaultCommission = event.defaultCommission();
        active = true;
    }

    @EventSourcingHandler
    void on(AgentChanged event) {
        name = event.name();
        country = event.country();
        email = event.email();
        defaultCommission = event.defaultCommission();
    }

    @EventSourcingHandler
    void on(AgentDeactivated event) {
        active = false;
    }
}
