// @generated from AWS::Greengrass::SubscriptionDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::SubscriptionDefinition` and its property types.

/// Resource Type definition for AWS::Greengrass::SubscriptionDefinition
///
/// CloudFormation type `AWS::Greengrass::SubscriptionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionDefinition {
    props: ::forma_core::schema::Props,
}
impl SubscriptionDefinition {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InitialVersion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn initial_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SubscriptionDefinitionVersion>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SubscriptionDefinition {
    type Attributes = SubscriptionDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::SubscriptionDefinition"
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
/// The attributes of a `AWS::Greengrass::SubscriptionDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriptionDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriptionDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriptionDefinitionAttributes {
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `SubscriptionDefinitionVersion` property type of `AWS::Greengrass::SubscriptionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl SubscriptionDefinitionVersion {
    /// A new value with its required properties: `Subscriptions`.
    pub fn new(subscriptions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Subscription>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, subscriptions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubscriptionDefinitionVersion> for ::forma_core::Value<SubscriptionDefinitionVersion> {
    fn from(v: SubscriptionDefinitionVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIPTION_DEFINITION_VERSION_TYPE.properties))
    }
}

/// The `Subscription` property type of `AWS::Greengrass::SubscriptionDefinition`.
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

/// The schema of `AWS::Greengrass::SubscriptionDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::SubscriptionDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SUBSCRIPTION_DEFINITION_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["LatestVersionArn", "Arn", "Id"],
};

static SUBSCRIPTION_DEFINITION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::SubscriptionDefinition.SubscriptionDefinitionVersion",
    properties: &[::forma_core::schema::Property {
        name: "Subscriptions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SUBSCRIPTION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SUBSCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::SubscriptionDefinition.Subscription",
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
