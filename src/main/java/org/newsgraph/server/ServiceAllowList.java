package org.newsgraph.server;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Lets a federated query's {@code SERVICE} reach only the endpoints on a list, so that the public endpoint cannot
 * be used to send requests elsewhere. Checked when the service is executed, so {@code SERVICE ?endpoint} with a
 * bound variable is checked too.
 */
final class ServiceAllowList implements ChainingServiceExecutor {

    private final Set<String> endpoints;

    ServiceAllowList(Set<String> endpoints) {
        this.endpoints = Set.copyOf(endpoints);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !endpoints.contains(service.getURI()))
            throw new QueryExecException("SERVICE " + service + " is not on this server's allow-list: " + endpoints);
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
