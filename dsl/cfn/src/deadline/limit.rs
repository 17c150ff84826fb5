// @generated from AWS::Deadline::Limit (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::Limit` and its property types.

/// Resource Type definition for AWS::Deadline::Limit
///
/// CloudFormation type `AWS::Deadline::Limit`.
#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    props: ::forma_core::schema::Props,
}
impl Limit {
    /// A new resource with its required properties: `AmountRequirementName`, `DisplayName`, `FarmId`, `MaxCount`.
    #[track_caller]
    pub fn new(
        amount_requirement_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        max_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, amount_requirement_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, farm_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, max_count.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Limit {
    type Attributes = LimitAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::Limit"
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
/// The attributes of a `AWS::Deadline::Limit` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LimitAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LimitAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LimitAttributes {
    /// `Fn::GetAtt` `CurrentCount`.
    pub fn current_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CurrentCount")
    }
    /// `Fn::GetAtt` `LimitId`.
    pub fn limit_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LimitId")
    }
}

/// The schema of `AWS::Deadline::Limit`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::Limit",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmountRequirementName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
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
            name: "MaxCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(2147483647.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["CurrentCount", "LimitId"],
};
