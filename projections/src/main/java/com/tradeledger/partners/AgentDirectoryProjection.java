package com.tradeledger.partners;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the agent directory (渠道/佣金客户) from the agent events. The event's sequence number becomes the agent's
 * version and its timestamp the agent's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("agent-directory")
public class AgentDirectoryProjection {

    private final AgentDirectory directory;

    public AgentDirectoryProjection(AgentDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    public void on(AgentRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.register(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(AgentChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.change(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(AgentDeactivated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.deactivate(event.agentId(), event.reason(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        directory.clear();
    }
}
