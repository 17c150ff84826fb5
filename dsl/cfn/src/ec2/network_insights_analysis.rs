// @generated from AWS::EC2::NetworkInsightsAnalysis (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkInsightsAnalysis` and its property types.

/// Resource schema for AWS::EC2::NetworkInsightsAnalysis
///
/// CloudFormation type `AWS::EC2::NetworkInsightsAnalysis`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInsightsAnalysis {
    props: ::forma_core::schema::Props,
}
impl NetworkInsightsAnalysis {
    /// A new resource with its required properties: `NetworkInsightsPathId`.
    #[track_caller]
    pub fn new(
        network_insights_path_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, network_insights_path_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AdditionalAccounts`.
    #[track_caller]
    pub fn additional_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FilterInArns`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn filter_in_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FilterOutArns`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn filter_out_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkInsightsAnalysis {
    type Attributes = NetworkInsightsAnalysisAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkInsightsAnalysis"
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
/// The attributes of a `AWS::EC2::NetworkInsightsAnalysis` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkInsightsAnalysisAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkInsightsAnalysisAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkInsightsAnalysisAttributes {
    /// `Fn::GetAtt` `NetworkInsightsAnalysisId`.
    pub fn network_insights_analysis_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsAnalysisId")
    }
    /// `Fn::GetAtt` `NetworkInsightsAnalysisArn`.
    pub fn network_insights_analysis_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsAnalysisArn")
    }
    /// `Fn::GetAtt` `StartDate`.
    pub fn start_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StartDate")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `NetworkPathFound`.
    pub fn network_path_found(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "NetworkPathFound")
    }
    /// `Fn::GetAtt` `ForwardPathComponents`.
    pub fn forward_path_components(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ForwardPathComponents")
    }
    /// `Fn::GetAtt` `ReturnPathComponents`.
    pub fn return_path_components(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ReturnPathComponents")
    }
    /// `Fn::GetAtt` `Explanations`.
    pub fn explanations(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Explanations")
    }
    /// `Fn::GetAtt` `AlternatePathHints`.
    pub fn alternate_path_hints(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AlternatePathHints")
    }
    /// `Fn::GetAtt` `SuggestedAccounts`.
    pub fn suggested_accounts(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SuggestedAccounts")
    }
}

/// The `Tag` property type of `AWS::EC2::NetworkInsightsAnalysis`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::NetworkInsightsAnalysis`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkInsightsAnalysis",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FilterInArns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1283),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FilterOutArns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1283),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkInsightsPathId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "NetworkInsightsAnalysisId",
        "NetworkInsightsAnalysisArn",
        "StartDate",
        "Status",
        "StatusMessage",
        "NetworkPathFound",
        "ForwardPathComponents",
        "ReturnPathComponents",
        "Explanations",
        "AlternatePathHints",
        "SuggestedAccounts",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsAnalysis.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
