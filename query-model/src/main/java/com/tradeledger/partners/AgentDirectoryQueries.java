package com.tradeledger.partners;

import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about commission agents (渠道/佣金客户) from the agent directory; it only reads. */
@Component
public class AgentDirectoryQueries {

    private final AgentDirectory directory;

    public AgentDirectoryQueries(AgentDirectory directory) {
        this.directory = directory;
    }

    @QueryHandler
    public Optional<AgentView> handle(FindAgent query) {
        return directory.find(query.agentId());
    }

    @QueryHandler
    public AgentPage handle(ListAgents query) {
        return directory.list(query.q(), query.active(), new PageWindow(query.page(), query.size()));
    }
}
