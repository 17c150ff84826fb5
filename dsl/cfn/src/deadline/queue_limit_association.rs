// @generated from AWS::Deadline::QueueLimitAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::QueueLimitAssociation` and its property types.

/// Resource Type definition for AWS::Deadline::QueueLimitAssociation
///
/// CloudFormation type `AWS::Deadline::QueueLimitAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueLimitAssociation {
    props: ::forma_core::schema::Props,
}
impl QueueLimitAssociation {
    /// A new resource with its required properties: `FarmId`, `LimitId`, `QueueId`.
    #[track_caller]
    pub fn new(
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        limit_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        queue_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, farm_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, limit_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, queue_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for QueueLimitAssociation {
    type Attributes = QueueLimitAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::QueueLimitAssociation"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Deadline::QueueLimitAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueueLimitAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueueLimitAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Deadline::QueueLimitAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::QueueLimitAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "FarmId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^farm-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LimitId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^limit-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "QueueId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^queue-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
