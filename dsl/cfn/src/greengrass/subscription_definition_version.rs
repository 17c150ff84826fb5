// @generated from AWS::Greengrass::SubscriptionDefinitionVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::SubscriptionDefinitionVersion` and its property types.

/// Resource Type definition for AWS::Greengrass::SubscriptionDefinitionVersion
///
/// CloudFormation type `AWS::Greengrass::SubscriptionDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl SubscriptionDefinitionVersion {
    /// A new resource with its required properties: `SubscriptionDefinitionId`, `Subscriptions`.
    #[track_caller]
    pub fn new(
        subscription_definition_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subscriptions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Subscription>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, subscription_definition_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, subscriptions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SubscriptionDefinitionVersion {
    type Attributes = SubscriptionDefinitionVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::SubscriptionDefinitionVersion"
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
/// The attributes of a `AWS::Greengrass::SubscriptionDefinitionVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriptionDefinitionVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriptionDefinitionVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriptionDefinitionVersionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Subscription` property type of `AWS::Greengrass::SubscriptionDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    props: ::forma_core::schema::Props,
}
impl Subscription {
    /// A new value with its required properties: `Id`, `Source`, `Subject`, `Target`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subject: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, source.into().into_expr());
        props.set(2, subject.into().into_expr());
        props.set(3, target.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Subscription> for ::forma_core::Value<Subscription> {
    fn from(v: Subscription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIPTION_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::SubscriptionDefinitionVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::SubscriptionDefinitionVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "SubscriptionDefinitionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Subscriptions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBSCRIPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static SUBSCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::SubscriptionDefinitionVersion.Subscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Subject",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
