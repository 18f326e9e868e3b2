package com.tradeledger.eventstore;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An aggregate's Axon repository, looked up at its first use rather than when the bean is made: the ports of one
 * aggregate that act on another (stock, contracts, invoices, orders) are beans Axon needs while it builds those very
 * repositories.
 */
public final class LazyRepository<T> implements Repository<T> {

    private final ObjectProvider<Configuration> axon;
    private final Class<T> aggregateType;

    private LazyRepository(ObjectProvider<Configuration> axon, Class<T> aggregateType) {
        this.axon = axon;
        this.aggregateType = aggregateType;
    }

    public static <T> Repository<T> of(ObjectProvider<Configuration> axon, Class<T> aggregateType) {
        return new LazyRepository<>(axon, aggregateType);
    }

    private Repository<T> repository() {
        return axon.getObject().repository(aggregateType);
    }

    @Override
    public Aggregate<T> load(String aggregateIdentifier) {
        return repository().load(aggregateIdentifier);
    }

    @Override
    public Aggregate<T> load(String aggregateIdentifier, Long expectedVersion) {
        return repository().load(aggregateIdentifier, expectedVersion);
    }

    @Override
    public Aggregate<T> newInstance(Callable<T> factoryMethod) throws Exception {
        return repository().newInstance(factoryMethod);
    }

    @Override
    public Aggregate<T> newInstance(Callable<T> factoryMethod, Consumer<Aggregate<T>> initMethod) throws Exception {
        return repository().newInstance(factoryMethod, initMethod);
    }

    @Override
    public Aggregate<T> loadOrCreate(String aggregateIdentifier, Callable<T> factoryMethod) throws Exception {
        return repository().loadOrCreate(aggregateIdentifier, factoryMethod);
    }

    @Override
    public void send(Message<?> message, ScopeDescriptor scopeDescription) throws Exception {
        repository().send(message, scopeDescription);
    }

    @Override
    public boolean canResolve(ScopeDescriptor scopeDescription) {
        return repository().canResolve(scopeDescription);
    }
}
