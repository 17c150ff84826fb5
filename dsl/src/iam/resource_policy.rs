//! A resource policy that a construct owns (a queue's, a topic's, a bucket's): the
//! statements so far, and the L1 policy resource they are rendered into again whenever one
//! is added, made on first use.

use std::cell::RefCell;
use std::rc::Rc;

use forma_core::value::{Expr, Json, Value};
use forma_core::{CfnResource, Resource};

use super::policy::{PolicyDocument, PolicyStatement};

/// The statements of one resource policy and the resource holding them, once made.
pub(crate) struct ResourcePolicy<R: CfnResource> {
    state: Rc<RefCell<Option<Made<R>>>>,
    /// The property the document is rendered into.
    property: &'static str,
}

/// The document so far and the resource it is rendered into.
type Made<R> = (PolicyDocument, Resource<R>);

impl<R: CfnResource> Clone for ResourcePolicy<R> {
    fn clone(&self) -> Self {
        ResourcePolicy { state: Rc::clone(&self.state), property: self.property }
    }
}

impl<R: CfnResource> Default for ResourcePolicy<R> {
    fn default() -> Self {
        ResourcePolicy { state: Rc::default(), property: "PolicyDocument" }
    }
}

impl<R: CfnResource> ResourcePolicy<R> {
    /// A policy rendered into `property` instead of `PolicyDocument`.
    pub(crate) fn in_property(property: &'static str) -> Self {
        ResourcePolicy { state: Rc::default(), property }
    }

    /// Adds `statement`: renders the document into the policy resource, or, the first time,
    /// makes that resource with `make` (given the document).
    pub(crate) fn add(
        &self,
        statement: PolicyStatement,
        make: impl FnOnce(&PolicyDocument) -> Resource<R>,
    ) -> Resource<R> {
        let mut state = self.state.borrow_mut();
        match state.as_mut() {
            Some((document, resource)) => {
                document.add_statement(statement);
                resource.set_property(self.property, Expr::from(Value::<Json>::from(&*document)));
                resource.clone()
            }
            None => {
                let document = PolicyDocument::new().statement(statement);
                let resource = make(&document);
                *state = Some((document, resource.clone()));
                resource
            }
        }
    }
}
